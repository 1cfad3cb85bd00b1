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
 * writers put near the start, names the message's property streams; an Excel workbook when it names a
 * "Workbook" (BIFF8) or "Book" (BIFF5) stream and no Word or PowerPoint one (a .doc with a sheet inside stays
 * a .doc). Writers that put the directory after the data (Spreadsheet::WriteExcel, OLE::Storage_Lite) leave
 * it beyond the head of a large workbook, and a large directory may go on in sectors further on: then a
 * sector that opens with a workbook's BOF record says it.
 */
export function cfbOfficeType(head: Uint8Array): string | undefined {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (OUTLOOK_STREAMS.some((name) => bytes.includes(name))) return "application/vnd.ms-outlook";
  const names = cfbEntryNames(bytes);
  if (names.some((n) => n === "WORDDOCUMENT" || n === "POWERPOINT DOCUMENT")) return undefined;
  if (names.some((n) => n === "WORKBOOK" || n === "BOOK")) return XLS;
  // The entry may also sit in a later directory sector that is not next to the first.
  return workbookSector(bytes) ? XLS : undefined;
}

const XLS = "application/vnd.ms-excel";
const CFB_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Upper-cased names of the stream and storage entries of the directory sectors in the head, found as CFB
 * lays them out: 128-byte entries in sectors, the first of them the "Root Entry".
 */
function cfbEntryNames(bytes: Buffer): string[] {
  if (!bytes.subarray(0, 8).equals(CFB_MAGIC) || bytes.length < 512) return [];
  const sectorSize = bytes.readUInt16LE(30) === 12 ? 4096 : 512;
  const names: string[] = [];
  for (let sector = sectorSize; sector + 128 <= bytes.length; sector += sectorSize) {
    if (bytes.toString("utf16le", sector, sector + 20) !== "Root Entry") continue;
    // The directory's first sector; the rest of it usually follows (writers allocate it in one run).
    for (let at = sector; at + 128 <= bytes.length; at += 128) {
      const type = bytes[at + 66];
      const length = bytes.readUInt16LE(at + 64);
      if (type === 0 && length === 0) continue; // an unused entry
      if ((type !== 1 && type !== 2 && type !== 5) || length < 2 || length > 64 || length % 2) break;
      names.push(bytes.toString("utf16le", at, at + length - 2).toUpperCase());
    }
    break;
  }
  return names;
}

/** A sector that starts with the BOF record of a workbook's globals (BIFF5 or BIFF8). */
function workbookSector(bytes: Buffer): boolean {
  if (!bytes.subarray(0, 8).equals(CFB_MAGIC) || bytes.length < 512) return false;
  const sectorSize = bytes.readUInt16LE(30) === 12 ? 4096 : 512;
  for (let at = sectorSize; at + 8 <= bytes.length; at += sectorSize) {
    const bof = bytes.readUInt16LE(at) === 0x0809 && (bytes.readUInt16LE(at + 2) === 8 || bytes.readUInt16LE(at + 2) === 16);
    if (bof && [0x0500, 0x0600].includes(bytes.readUInt16LE(at + 4)) && bytes.readUInt16LE(at + 6) === 0x0005) return true;
  }
  return false;
}
