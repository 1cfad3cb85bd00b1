// E-mail (RFC 822 / MIME, .eml): the headers that matter, then the body (HTML converted to text), then the
// attachments' names. Self-contained: the attachments' bytes are not extracted here.
import type { AddressObject } from "mailparser";
import { ExtractionError } from "../errors.ts";
import { cleanText } from "../normalise.ts";
import { buildResult, textPage } from "../pages.ts";
import type { ExtractResult } from "../types.ts";
import { htmlToText } from "./html.ts";

/** Attachments named in the text at most; a mail with more says how many were left out. */
const MAX_LISTED_ATTACHMENTS = 100;

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
  const headers = [
    ["From", addresses(mail.from)],
    ["To", addresses(mail.to)],
    ["Cc", addresses(mail.cc)],
    ["Date", mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date.toISOString() : undefined],
    ["Subject", mail.subject],
  ]
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}: ${value}`);
  const body = mail.text?.trim() ? mail.text : typeof mail.html === "string" ? htmlToText(mail.html) : "";
  const names = mail.attachments.map((a) => a.filename ?? `(unnamed ${a.contentType})`);
  const listed = names.slice(0, MAX_LISTED_ATTACHMENTS).join(", ");
  const more = names.length > MAX_LISTED_ATTACHMENTS ? ` and ${names.length - MAX_LISTED_ATTACHMENTS} more` : "";
  const attachments = names.length > 0 ? `Attachments: ${listed}${more}` : "";
  return buildResult([textPage(cleanText([headers.join("\n"), body, attachments].filter((part) => part.trim()).join("\n\n")))]);
}

function addresses(value: AddressObject | AddressObject[] | undefined): string | undefined {
  if (!value) return undefined;
  const text = (Array.isArray(value) ? value : [value]).map((a) => a.text).join(", ");
  return text || undefined;
}
