// Upload-time type detection from the first bytes. Light on purpose: the API imports it, so no PDF library here.
import { open } from "node:fs/promises";
import { fileTypeFromBuffer } from "file-type";
import { ACCEPTED_TYPES, isAcceptedType, type AcceptedType } from "@docscan/shared";
import { bomEncoding, decodeText, looksLikeText } from "./encoding.ts";
import { classifyMarkup } from "./markup.ts";
import { isTiffHeader } from "./image/tiff-ifd.ts";
import { cfbOfficeType, headerConfirms, zipOfficeType } from "./signatures.ts";

export type SniffResult = { ok: true; mime: AcceptedType; ext: string } | { ok: false; mime: string | null; reason: string };

/** How many leading bytes callers should pass to `sniffBytes` (file-type needs 4100; more helps zips and text). */
export const SNIFF_BYTES = 64 * 1024;

/**
 * Decide the real type from the first bytes only: pass the first `SNIFF_BYTES` bytes, or the whole file
 * if it is smaller. Never trusts an extension or a declared type.
 */
export async function sniffBytes(head: Uint8Array): Promise<SniffResult> {
  if (head.length === 0) return { ok: false, mime: null, reason: "empty file" };

  // FF FE also reads as an MPEG audio frame header, so a UTF-16 BOM gets the text check first.
  if (bomEncoding(head)?.startsWith("utf-16")) {
    const text = sniffText(head);
    if (text) return text;
  }
  let detected = await detectBinary(head);
  // file-type reads a TIFF's first directory to tell camera raw formats apart; one stored after the image
  // data (most uncompressed scans) is beyond the head, and it answers nothing. The header alone is TIFF.
  if (detected === undefined && isTiffHeader(head)) detected = "image/tiff";
  if (detected === "application/zip") detected = zipOfficeType(head) ?? detected;
  if (detected === "application/x-cfb") detected = cfbOfficeType(head) ?? detected;
  // HEIF stills under the "mif1" brand are decoded like Apple's "heic" ones (libheif reads both).
  if (detected === "image/heif") detected = "image/heic";
  if (detected !== undefined && isAcceptedType(detected)) {
    if (headerConfirms(detected, head)) return accept(detected);
    detected = undefined; // a weak signature the rest of the header contradicts: judge the bytes afresh
  } else if (detected !== undefined && detected !== "application/xml") {
    return reject(detected);
  }
  return sniffText(head) ?? reject(detected ?? null);
}

/** Reads the first `SNIFF_BYTES` bytes of a file and sniffs them. */
export async function sniffFile(path: string): Promise<SniffResult> {
  const file = await open(path, "r");
  try {
    const head = new Uint8Array(SNIFF_BYTES);
    let length = 0;
    while (length < head.length) {
      const { bytesRead } = await file.read(head, length, head.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    return await sniffBytes(head.subarray(0, length));
  } finally {
    await file.close();
  }
}

async function detectBinary(head: Uint8Array): Promise<string | undefined> {
  try {
    return (await fileTypeFromBuffer(head))?.mime;
  } catch {
    return undefined; // a malformed container: judged below like any unknown bytes
  }
}

/** Plain text is accepted; markup a browser would render is not; anything else is not text (undefined). */
function sniffText(head: Uint8Array): SniffResult | undefined {
  // NUL never appears in 8-bit or UTF-8 text; UTF-16 is only recognised with a BOM.
  if (!bomEncoding(head)?.startsWith("utf-16") && head.includes(0)) return undefined;
  const { text } = decodeText(head, { partial: true });
  if (!looksLikeText(text)) return undefined;
  const markup = classifyMarkup(text);
  // HTML is read as a web page (visible text); SVG and other XML stay refused.
  if (markup === "text/html") return accept("text/html");
  if (markup) return reject(markup);
  if (text.startsWith("{\\rtf")) return accept("application/rtf");
  return accept(looksLikeMail(text) ? "message/rfc822" : "text/plain");
}

/** Headers every mail client writes; one of the first three must be there (a note that starts "Date: …" is text). */
const MAIL_HEADERS = ["from", "received", "mime-version", "to", "subject", "date", "message-id", "return-path", "delivered-to", "cc", "reply-to"];

/**
 * An RFC 822 message: it opens with header fields (name, colon, value; folded lines start with blanks)
 * up to the first blank line, among them From, Received or MIME-Version and at least three known ones.
 */
export function looksLikeMail(text: string): boolean {
  const end = text.search(/\r?\n\r?\n/);
  const lines = (end === -1 ? text : text.slice(0, end)).split(/\r?\n/);
  const names = new Set<string>();
  for (const line of lines) {
    if (/^[ \t]/.test(line)) continue; // a folded header line
    const field = /^([!-9;-~]+):/.exec(line);
    if (!field) return false;
    names.add(field[1]!.toLowerCase());
  }
  const known = MAIL_HEADERS.filter((name) => names.has(name));
  return known.length >= 3 && ["from", "received", "mime-version"].some((name) => names.has(name));
}

function accept(mime: AcceptedType): SniffResult {
  return { ok: true, mime, ext: ACCEPTED_TYPES[mime].ext };
}

function reject(mime: string | null): SniffResult {
  return { ok: false, mime, reason: `unsupported file type: ${mime ?? "unknown binary"}` };
}
