// A minimal ZIP reader for office documents, with zip-bomb guards: entry count, declared sizes, and an
// inflate that stops at the declared size (a lying header cannot make it allocate more).
import { inflateRawSync } from "node:zlib";
import { ExtractionError } from "./errors.ts";

export const ZIP_LIMITS = { maxEntries: 10_000, maxTotalBytes: 200 * 1024 * 1024 };

interface Entry {
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

export class ZipReader {
  private readonly entries = new Map<string, Entry>();
  private readonly view: DataView;
  private unpacked = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly label: string,
    private readonly limits = ZIP_LIMITS,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    try {
      this.readDirectory();
    } catch (e) {
      if (e instanceof ExtractionError) throw e;
      throw this.corrupt("its file index is damaged", e);
    }
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The entry as UTF-8 text; undefined if there is no such entry. */
  text(name: string): string | undefined {
    const data = this.read(name);
    return data && new TextDecoder().decode(data);
  }

  read(name: string): Uint8Array | undefined {
    const entry = this.entries.get(name);
    if (!entry) return undefined;
    if (entry.flags & 1) throw new ExtractionError("encrypted", `${this.label} is encrypted`);
    this.unpacked += entry.size;
    if (this.unpacked > this.limits.maxTotalBytes) throw this.bomb();
    const at = entry.localOffset;
    if (this.view.getUint32(at, true) !== 0x04034b50) throw this.corrupt(`entry ${name} is missing`);
    const start = at + 30 + this.view.getUint16(at + 26, true) + this.view.getUint16(at + 28, true);
    const stored = this.bytes.subarray(start, start + entry.compressedSize);
    if (stored.length < entry.compressedSize) throw this.corrupt("it is truncated");
    if (entry.method === 0) return stored;
    if (entry.method !== 8) throw this.corrupt(`entry ${name} uses compression method ${entry.method}`);
    try {
      const data = inflateRawSync(stored, { maxOutputLength: Math.max(1, entry.size) });
      if (data.length !== entry.size) throw new Error(`${data.length} bytes instead of ${entry.size}`);
      return data;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") throw this.bomb();
      throw this.corrupt(`entry ${name} does not unpack`, e);
    }
  }

  private readDirectory(): void {
    const { view, bytes } = this;
    let end = -1;
    for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
      if (view.getUint32(at, true) === 0x06054b50) {
        end = at;
        break;
      }
    }
    if (end < 0) throw this.corrupt("it has no end of central directory (truncated?)");
    const count = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    if (count === 0xffff || at === 0xffffffff) throw this.corrupt("ZIP64 archives are not supported");
    if (count > this.limits.maxEntries) {
      throw new ExtractionError("limit", `${this.label} has ${count} entries; the limit is ${this.limits.maxEntries}`);
    }
    for (let i = 0; i < count; i++) {
      if (view.getUint32(at, true) !== 0x02014b50) throw this.corrupt("its file index is damaged");
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      this.entries.set(name, {
        flags: view.getUint16(at + 8, true),
        method: view.getUint16(at + 10, true),
        compressedSize: view.getUint32(at + 20, true),
        size: view.getUint32(at + 24, true),
        localOffset: view.getUint32(at + 42, true),
      });
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
  }

  private corrupt(why: string, cause?: unknown): ExtractionError {
    return new ExtractionError("corrupt", `could not read ${this.label}: ${why}`, { cause });
  }

  private bomb(): ExtractionError {
    const mb = Math.round(this.limits.maxTotalBytes / 1024 / 1024);
    return new ExtractionError("limit", `${this.label} unpacks to more than ${mb} MB (zip bomb guard)`);
  }
}
