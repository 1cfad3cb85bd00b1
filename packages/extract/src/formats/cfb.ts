// A compound file (MS-CFB: the container of .xls, .doc and .msg) read for one stream at the root, with every
// chain walked at most once: a sector number past the end, a loop in a chain or a stream longer than its
// sectors is "corrupt", never a hang. Small, because only the streams' bytes are needed (ADR 0019).
import { ExtractionError } from "../errors.ts";

const MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const NO_ENTRY = 0xffffffff;
const HEADER_DIFAT = 109;

interface Entry {
  name: string;
  type: number;
  left: number;
  right: number;
  child: number;
  start: number;
  size: number;
}

export class CompoundFile {
  private readonly view: DataView;
  private readonly sectorSize: number;
  private readonly sectorCount: number;
  private readonly fat: Uint32Array;
  private readonly entries: Entry[];

  /** `label` names the file in messages ("Excel workbook"). */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly label: string,
  ) {
    if (bytes.length < 512 || MAGIC.some((b, i) => bytes[i] !== b)) this.fail("it is not a compound file");
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const shift = this.view.getUint16(30, true);
    if (shift !== 9 && shift !== 12) this.fail(`its sector size 2^${shift} is not 512 or 4096`);
    this.sectorSize = 1 << shift;
    this.sectorCount = Math.floor((bytes.length - this.sectorSize) / this.sectorSize);
    if (this.sectorCount < 1) this.fail("it is cut short");
    this.fat = this.readFat();
    this.entries = this.readDirectory();
  }

  /** The bytes of the stream at the root whose name is one of `names` (case-insensitive, as CFB compares), or undefined. */
  rootStream(names: readonly string[]): Uint8Array | undefined {
    const wanted = names.map((n) => n.toUpperCase());
    const root = this.entries[0];
    if (!root || root.type !== 5) this.fail("its directory has no root entry");
    const seen = new Set<number>();
    const stack = [root.child];
    while (stack.length) {
      const id = stack.pop()!;
      if (id === NO_ENTRY) continue;
      const entry = this.entries[id];
      if (!entry || seen.has(id)) this.fail("its directory is damaged");
      seen.add(id);
      if (entry.type === 2 && wanted.includes(entry.name.toUpperCase())) return this.stream(entry, root);
      stack.push(entry.left, entry.right);
    }
    return undefined;
  }

  private stream(entry: Entry, root: Entry): Uint8Array {
    const cutoff = this.view.getUint32(56, true);
    if (entry.size < cutoff) {
      const mini = this.chainBytes(root.start, root.size, this.fat, this.sectorCount, (id) => this.sector(id), this.sectorSize, "mini stream");
      const miniFat = this.fatFrom(this.chainBytes(this.view.getUint32(60, true), Infinity, this.fat, this.sectorCount, (id) => this.sector(id), this.sectorSize, "mini FAT"));
      const miniCount = Math.floor(mini.length / 64);
      return this.chainBytes(entry.start, entry.size, miniFat, miniCount, (id) => mini.subarray(id * 64, id * 64 + 64), 64, "stream");
    }
    return this.chainBytes(entry.start, entry.size, this.fat, this.sectorCount, (id) => this.sector(id), this.sectorSize, "stream");
  }

  private sector(id: number): Uint8Array {
    const at = (id + 1) * this.sectorSize;
    return this.bytes.subarray(at, at + this.sectorSize);
  }

  /** Follows a chain from `start`, each link once, and returns `size` bytes of it (all of it when size is Infinity). */
  private chainBytes(start: number, size: number, fat: Uint32Array, count: number, read: (id: number) => Uint8Array, unit: number, what: string): Uint8Array {
    if (size === 0) return new Uint8Array();
    const parts: Uint8Array[] = [];
    const seen = new Uint8Array(count);
    let length = 0;
    for (let id = start; id !== END_OF_CHAIN && length < size; id = fat[id] ?? FREE) {
      if (id >= count) this.fail(id === FREE ? `a ${what} chain ends early` : `a ${what} chain points past the end of the file`);
      if (seen[id]) this.fail(`a ${what} chain loops`);
      seen[id] = 1;
      parts.push(read(id));
      length += unit;
    }
    if (size !== Infinity && length < size) this.fail(`a ${what} is longer than its sectors`);
    const out = new Uint8Array(Math.min(length, size));
    let at = 0;
    for (const part of parts) {
      const take = Math.min(part.length, out.length - at);
      out.set(part.subarray(0, take), at);
      at += take;
    }
    return out;
  }

  private fatFrom(bytes: Uint8Array): Uint32Array {
    const out = new Uint32Array(bytes.length >> 2);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let i = 0; i < out.length; i++) out[i] = view.getUint32(i * 4, true);
    return out;
  }

  /** The sector allocation table, from the header's 109 DIFAT slots and the DIFAT chain after them. */
  private readFat(): Uint32Array {
    const fatSectors: number[] = [];
    const declared = this.view.getUint32(44, true);
    for (let i = 0; i < HEADER_DIFAT && fatSectors.length < declared; i++) fatSectors.push(this.view.getUint32(76 + i * 4, true));
    const perDifat = this.sectorSize / 4 - 1;
    const seen = new Set<number>();
    for (let id = this.view.getUint32(68, true); fatSectors.length < declared && id !== END_OF_CHAIN && id !== FREE; ) {
      if (id >= this.sectorCount || seen.has(id)) this.fail("its DIFAT chain is damaged");
      seen.add(id);
      const difat = this.fatFrom(this.sector(id));
      for (let i = 0; i < perDifat && fatSectors.length < declared; i++) fatSectors.push(difat[i]!);
      id = difat[perDifat]!;
    }
    if (fatSectors.length < declared || declared > this.sectorCount) this.fail("its allocation table is cut short");
    const fat = new Uint32Array(declared * (this.sectorSize / 4));
    fatSectors.forEach((id, i) => {
      if (id >= this.sectorCount) this.fail("its allocation table points past the end of the file");
      fat.set(this.fatFrom(this.sector(id)), i * (this.sectorSize / 4));
    });
    return fat;
  }

  private readDirectory(): Entry[] {
    const bytes = this.chainBytes(this.view.getUint32(48, true), Infinity, this.fat, this.sectorCount, (id) => this.sector(id), this.sectorSize, "directory");
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const entries: Entry[] = [];
    const v3 = this.sectorSize === 512;
    for (let at = 0; at + 128 <= bytes.length; at += 128) {
      const nameBytes = Math.min(64, view.getUint16(at + 64, true));
      const name = Buffer.from(bytes.subarray(at, at + Math.max(0, nameBytes - 2))).toString("utf16le");
      const high = v3 ? 0 : view.getUint32(at + 124, true);
      entries.push({
        name,
        type: bytes[at + 66]!,
        left: view.getUint32(at + 68, true),
        right: view.getUint32(at + 72, true),
        child: view.getUint32(at + 76, true),
        start: view.getUint32(at + 116, true),
        size: high ? Infinity : view.getUint32(at + 120, true),
      });
    }
    return entries;
  }

  private fail(reason: string): never {
    throw new ExtractionError("corrupt", `could not read the ${this.label}: ${reason}`);
  }
}
