// Checks on top of file-type for the cases where its answer alone is not enough.
import type { AcceptedType } from "@docscan/shared";

/**
 * file-type matches BMP on "BM" and GIF on "GIF" alone, so text such as "BMW…" would pass as an image.
 * Returns false when the rest of the header contradicts the claimed type.
 */
export function headerConfirms(mime: AcceptedType, head: Uint8Array): boolean {
  if (mime === "image/gif") return /^GIF8[79]a/.test(ascii(head, 0, 6));
  if (mime === "image/bmp") {
    if (head.length < 18) return false;
    const dibHeaderSize = new DataView(head.buffer, head.byteOffset, head.byteLength).getUint32(14, true);
    return [12, 16, 40, 52, 56, 64, 108, 124].includes(dibHeaderSize);
  }
  return true;
}

/**
 * file-type recognises OOXML by [Content_Types].xml, which some writers put last, out of reach of a
 * head. A zip whose visible entries include the main Word, Excel or PowerPoint part is taken as that.
 */
export function zipOfficeType(head: Uint8Array): string | undefined {
  const names = zipEntryNames(head);
  if (names.includes("word/document.xml")) return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  if (names.includes("xl/workbook.xml")) return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  if (names.includes("ppt/presentation.xml")) return "application/vnd.openxmlformats-officedocument.presentationml.presentation";
  return undefined;
}

/** Names from the local file headers that fit in the head. */
function zipEntryNames(head: Uint8Array): string[] {
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const names: string[] = [];
  let at = 0;
  while (at + 30 <= head.length && view.getUint32(at, true) === 0x04034b50) {
    const flags = view.getUint16(at + 6, true);
    const compressedSize = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const extraLength = view.getUint16(at + 28, true);
    if (at + 30 + nameLength > head.length) break;
    names.push(new TextDecoder().decode(head.subarray(at + 30, at + 30 + nameLength)));
    // With a data descriptor (flag bit 3) the size is only known after the data; stop there.
    if (flags & 0x08 && compressedSize === 0) break;
    at += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end));
}

/** UTF-16LE names of the streams every Outlook message holds (MS-OXMSG); .doc and .xls have other names. */
const OUTLOOK_STREAMS = [Buffer.from("__substg1.0_", "utf16le"), Buffer.from("__properties_version1.0", "utf16le")];

/**
 * A compound file (CFB, the container of .msg, .doc, .xls) is an Outlook message when its directory, which
 * writers put near the start, names the message's property streams.
 */
export function cfbOfficeType(head: Uint8Array): string | undefined {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  return OUTLOOK_STREAMS.some((name) => bytes.includes(name)) ? "application/vnd.ms-outlook" : undefined;
}
