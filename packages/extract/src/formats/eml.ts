// E-mail (RFC 822 / MIME, .eml) and web pages saved as MHTML (the same MIME structure, multipart/related):
// read with mailparser, laid out by mail-text.ts. A mail's attachments are handed on as files (ADR 0032); a saved
// page's parts are the page's own pictures and styles, never documents.
import type { AddressObject } from "mailparser";
import { ExtractionError } from "../errors.ts";
import type { ExtractResult } from "../types.ts";
import { MAX_ATTACHMENTS, messageResult } from "./mail-text.ts";

export async function extractEml(bytes: Uint8Array): Promise<ExtractResult> {
  // Loaded on first use: a sandbox child that never reads mail keeps its memory for PDFs (ADR 0019).
  const { simpleParser } = await import("mailparser");
  let mail;
  try {
    mail = await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { skipImageLinks: true, skipTextLinks: true, skipHtmlToText: true });
  } catch (e) {
    // The parser's own bounds (mailsplit): 1 000 MIME parts, large header blocks.
    if ((e as { code?: string }).code === "EMAXLEN") {
      throw new ExtractionError("limit", `the e-mail is beyond the mail parser's bounds: ${(e as Error).message} (at most 1000 MIME parts)`, { cause: e });
    }
    throw new ExtractionError("corrupt", `could not read the e-mail: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const html = typeof mail.html === "string" ? mail.html : undefined;
  // Browsers save a page as MHTML with the page's address in this header and a made-up sender.
  const savedFrom = mail.headers.get("snapshot-content-location");
  if (typeof savedFrom === "string") {
    return messageResult({ savedFrom, date: mail.date, subject: mail.subject, html, attachmentNames: [] });
  }
  // Pictures the HTML body shows (cid:) are part of the message, not attachments.
  const attached = mail.attachments.filter((a) => !a.related);
  return messageResult({
    from: addresses(mail.from),
    to: addresses(mail.to),
    cc: addresses(mail.cc),
    date: mail.date,
    subject: mail.subject,
    text: mail.text,
    html,
    attachmentNames: attached.map((a) => a.filename ?? `(unnamed ${a.contentType})`),
    // Copied: a small part's buffer can be a view of a larger shared one, all of which would cross to the worker.
    attachments: attached.slice(0, MAX_ATTACHMENTS).map((a, i) => ({ filename: a.filename ?? `attachment-${i + 1}`, bytes: new Uint8Array(a.content) })),
  });
}

function addresses(value: AddressObject | AddressObject[] | undefined): string | undefined {
  if (!value) return undefined;
  const text = (Array.isArray(value) ? value : [value]).map((a) => a.text).join(", ");
  return text || undefined;
}
