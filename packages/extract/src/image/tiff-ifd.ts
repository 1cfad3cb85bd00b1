// The directory chain of a TIFF (classic or BigTIFF, either byte order), read before any decoder runs: how
// many pages, how large, and whether their image data lies inside the file. libtiff then decodes.
import { ExtractionError } from "../errors.ts";

export interface TiffDirectory {
  /** Position in the main chain: the `page` libvips (sharp) is asked for. */
  index: number;
  width: number;
  height: number;
  /** NewSubfileType bit 0: a reduced-resolution copy (a thumbnail), not a page. */
  reduced: boolean;
}

/** Images (pages and their thumbnails) one TIFF may chain; far beyond any scanner's output. */
const MAX_IFDS = 10_000;

const truncated = () => new ExtractionError("corrupt", "TIFF image is truncated");

/** "II*\0" / "MM\0*" (classic), "II+\0" / "MM\0+" (BigTIFF). */
export function isTiffHeader(head: Uint8Array): boolean {
  if (head.length < 8) return false;
  const order = head[0] === 0x49 && head[1] === 0x49 ? "le" : head[0] === 0x4d && head[1] === 0x4d ? "be" : null;
  if (!order) return false;
  const version = order === "le" ? head[2]! | (head[3]! << 8) : (head[2]! << 8) | head[3]!;
  return version === 42 || version === 43;
}

export function readTiffDirectories(bytes: Uint8Array): TiffDirectory[] {
  if (!isTiffHeader(bytes)) throw new ExtractionError("corrupt", bytes.length < 8 ? "TIFF image is truncated" : "not a TIFF image");
  const reader = new IfdReader(bytes);
  const directories: TiffDirectory[] = [];
  const seen = new Set<number>();
  for (let offset = reader.firstIfd(); offset !== 0; ) {
    if (seen.has(offset)) throw new ExtractionError("corrupt", "TIFF image list loops back on itself");
    if (seen.size === MAX_IFDS) throw new ExtractionError("limit", `TIFF holds more than ${MAX_IFDS} images`);
    seen.add(offset);
    const { tags, next } = reader.directory(offset);
    const width = tags.get(256)?.[0];
    const height = tags.get(257)?.[0];
    if (width && height) {
      checkImageData(tags, bytes.length);
      directories.push({ index: seen.size - 1, width, height, reduced: ((tags.get(254)?.[0] ?? 0) & 1) === 1 });
    }
    offset = next;
  }
  return directories;
}

/** Strips or tiles must lie inside the file (a truncated scan). */
function checkImageData(tags: Map<number, number[]>, length: number): void {
  const offsets = tags.get(273) ?? tags.get(324);
  const counts = tags.get(279) ?? tags.get(325);
  if (!offsets || !counts) throw new ExtractionError("corrupt", "TIFF page has no image data");
  offsets.forEach((offset, i) => {
    if (offset + (counts[i] ?? 0) > length) throw truncated();
  });
}

/** Tags whose values are read: sizes, subfile type, strip and tile offsets and byte counts. */
const WANTED = new Set([254, 256, 257, 273, 279, 324, 325]);
/** Bytes per value of the integer field types (BYTE, SHORT, LONG, LONG8, IFD, IFD8). */
const INTEGER_SIZES: Record<number, number> = { 1: 1, 3: 2, 4: 4, 13: 4, 16: 8, 18: 8 };

class IfdReader {
  private readonly view: DataView;
  private readonly le: boolean;
  private readonly big: boolean;

  constructor(private readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.le = bytes[0] === 0x49;
    this.big = this.view.getUint16(2, this.le) === 43;
  }

  firstIfd(): number {
    if (this.big && this.bytes.length < 16) throw truncated();
    return this.big ? this.u64(8) : this.u32(4);
  }

  directory(offset: number): { tags: Map<number, number[]>; next: number } {
    const countSize = this.big ? 8 : 2;
    const entrySize = this.big ? 20 : 12;
    this.need(offset, countSize);
    const count = this.big ? this.u64(offset) : this.view.getUint16(offset, this.le);
    const entries = offset + countSize;
    const end = entries + count * entrySize;
    this.need(end, this.big ? 8 : 4);
    const tags = new Map<number, number[]>();
    for (let at = entries; at < end; at += entrySize) {
      const tag = this.view.getUint16(at, this.le);
      const size = INTEGER_SIZES[this.view.getUint16(at + 2, this.le)];
      if (!WANTED.has(tag) || !size) continue;
      const n = this.big ? this.u64(at + 4) : this.u32(at + 4);
      const field = at + (this.big ? 12 : 8); // the value itself when it fits, else its offset
      const valueAt = n * size <= (this.big ? 8 : 4) ? field : this.big ? this.u64(field) : this.u32(field);
      this.need(valueAt, n * size);
      tags.set(tag, Array.from({ length: n }, (_, i) => this.integer(valueAt + i * size, size)));
    }
    return { tags, next: this.big ? this.u64(end) : this.u32(end) };
  }

  private need(at: number, length: number): void {
    if (at + length > this.bytes.length) throw truncated();
  }

  private integer(at: number, size: number): number {
    if (size === 1) return this.view.getUint8(at);
    if (size === 2) return this.view.getUint16(at, this.le);
    if (size === 4) return this.u32(at);
    return this.u64(at);
  }

  private u32(at: number): number {
    return this.view.getUint32(at, this.le);
  }

  private u64(at: number): number {
    const value = this.view.getBigUint64(at, this.le);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new ExtractionError("corrupt", "TIFF offset is out of range");
    return Number(value);
  }
}
