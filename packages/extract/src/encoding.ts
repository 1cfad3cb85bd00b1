// Text encoding detection shared by sniffing (a head of the file) and extraction (the whole file).
export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";

export interface DecodedText {
  encoding: TextEncoding;
  /** Decoded text without the byte order mark. */
  text: string;
}

/**
 * BOM first (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8; otherwise windows-1252.
 * `partial` means the bytes are a head of a longer file, so a sequence cut at the end is not an error.
 */
export function decodeText(bytes: Uint8Array, { partial = false } = {}): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom, text: new TextDecoder(bom).decode(bytes, { stream: partial }) };
  try {
    return { encoding: "utf-8", text: new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: partial }) };
  } catch {
    return { encoding: "windows-1252", text: decodeWindows1252(bytes) };
  }
}

export function bomEncoding(bytes: Uint8Array): Exclude<TextEncoding, "windows-1252"> | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

// WHATWG windows-1252 for 0x80–0x9F; the rest is Latin-1. Node 20's TextDecoder("windows-1252")
// decodes these bytes as Latin-1 C1 controls, so the table is applied by hand.
const CP1252_HIGH =
  "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f" +
  "\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

export function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString("latin1")
    .replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

// C0 controls other than tab, LF, VT, FF, CR and ESC; DEL; C1 controls; U+FFFD from bad sequences.
// eslint-disable-next-line no-control-regex
const NON_TEXT = /[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f\ufffd]/g;

/** At most 1% of the characters may be controls or replacement characters. */
export function looksLikeText(text: string): boolean {
  const bad = text.match(NON_TEXT)?.length ?? 0;
  return bad * 100 <= text.length;
}
