// Legacy Excel (.xls, BIFF8 in a compound file): one page per sheet in the workbook's order (hidden sheets
// too), headed by its name; a line per row, cells tab-separated at their columns. Shared strings, inline
// labels, numbers (RK, MULRK, full doubles), booleans and errors, and formulas' cached results. Numbers are
// written plainly (at most 15 significant digits, no grouping); a number whose cell format is a date or
// time is written as one (ISO order). Bounded like XLSX: after MAX_CELLS cells the rest is left out, with
// a note. Every record length is checked against the stream: a bad one is "corrupt", never a hang.
import { ExtractionError } from "../errors.ts";
import { pageLimitError } from "../limits.ts";
import { normaliseDocumentText } from "../normalise.ts";
import { buildResult, textPage, type ExtractContext } from "../pages.ts";
import type { ExtractResult } from "../types.ts";
import { Pacer } from "../xml.ts";
import { CompoundFile } from "./cfb.ts";
import { MAX_CELLS } from "./xlsx.ts";

const LABEL = "Excel workbook";

const R = {
  BOF: 0x0809,
  EOF: 0x000a,
  FILEPASS: 0x002f,
  BOUNDSHEET: 0x0085,
  SST: 0x00fc,
  CONTINUE: 0x003c,
  DATEMODE: 0x0022,
  FORMAT: 0x041e,
  XF: 0x00e0,
  LABELSST: 0x00fd,
  LABEL: 0x0204,
  RSTRING: 0x00d6,
  NUMBER: 0x0203,
  RK: 0x027e,
  MULRK: 0x00bd,
  BOOLERR: 0x0205,
  FORMULA: 0x0006,
  STRING: 0x0207,
} as const;

const ERRORS: Record<number, string> = { 0x00: "#NULL!", 0x07: "#DIV/0!", 0x0f: "#VALUE!", 0x17: "#REF!", 0x1d: "#NAME?", 0x24: "#NUM!", 0x2a: "#N/A" };

interface BiffRecord {
  type: number;
  data: Uint8Array;
  /** Offset of the record's header in the stream. */
  at: number;
}

/** The records of a BIFF stream from `start`; a length past the end is corrupt. */
function* records(stream: Uint8Array, start: number): Generator<BiffRecord> {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  let at = start;
  while (at + 4 <= stream.length) {
    const type = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (at + 4 + length > stream.length) corrupt(`a record at byte ${at} runs past the end of the workbook stream`);
    yield { type, data: stream.subarray(at + 4, at + 4 + length), at };
    at += 4 + length;
  }
}

function corrupt(reason: string): never {
  throw new ExtractionError("corrupt", `could not read the ${LABEL}: ${reason}`);
}

const u16 = (d: Uint8Array, at: number) => (at + 2 <= d.length ? d[at]! | (d[at + 1]! << 8) : corrupt("a record is shorter than its fields"));
const u32 = (d: Uint8Array, at: number) => (at + 4 <= d.length ? (d[at]! | (d[at + 1]! << 8) | (d[at + 2]! << 16) | (d[at + 3]! << 24)) >>> 0 : corrupt("a record is shorter than its fields"));
const f64 = (d: Uint8Array, at: number) => (at + 8 <= d.length ? new DataView(d.buffer, d.byteOffset + at, 8).getFloat64(0, true) : corrupt("a record is shorter than its fields"));

/**
 * Reads strings laid over a record and the CONTINUE records after it. A string's characters may break
 * into the next record, which then starts with a fresh flags byte (compressed or UTF-16 for the rest);
 * anything else (rich-text runs, phonetic data, the next string's header) just goes on.
 */
class Pieces {
  private index = 0;
  private at = 0;

  constructor(private readonly parts: readonly Uint8Array[]) {}

  get done(): boolean {
    while (this.index < this.parts.length && this.at >= this.parts[this.index]!.length) this.next();
    return this.index >= this.parts.length;
  }

  private next(): void {
    this.index++;
    this.at = 0;
  }

  private part(): Uint8Array {
    if (this.done) corrupt("a string runs past its records");
    return this.parts[this.index]!;
  }

  byte(): number {
    const part = this.part();
    return part[this.at++]!;
  }

  u16(): number {
    return this.byte() | (this.byte() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(count: number): void {
    while (count > 0) {
      const part = this.part();
      const take = Math.min(count, part.length - this.at);
      this.at += take;
      count -= take;
    }
  }

  /** An XLUnicodeString's characters: `count` of them, one or two bytes each, the width reset at each break. */
  chars(count: number, wide: boolean): string {
    let text = "";
    while (count > 0) {
      if (this.at >= this.parts[this.index]!.length) {
        this.next();
        wide = (this.byte() & 1) === 1; // the flags byte repeated at the start of a CONTINUE
      }
      const part = this.parts[this.index]!;
      const width = wide ? 2 : 1;
      const take = Math.min(count, Math.floor((part.length - this.at) / width));
      if (take === 0) corrupt("a string runs past its records");
      const slice = part.subarray(this.at, this.at + take * width);
      text += wide ? Buffer.from(slice).toString("utf16le") : Buffer.from(slice).toString("latin1");
      this.at += take * width;
      count -= take;
      if (count > 0 && this.index + 1 >= this.parts.length) corrupt("a string runs past its records");
    }
    return text;
  }

  /** XLUnicodeRichExtendedString (SST, STRING, LABEL with a 16-bit count): the text; runs and phonetic data skipped. */
  richString(): string {
    const count = this.u16();
    const flags = this.byte();
    const runs = flags & 0x08 ? this.u16() : 0;
    const ext = flags & 0x04 ? this.u32() : 0;
    const text = count > 0 ? this.chars(count, (flags & 1) === 1) : "";
    this.skip(runs * 4 + ext);
    return text;
  }
}

/** A short XLUnicodeString (8-bit count), as sheet names are. */
function shortString(d: Uint8Array, at: number): string {
  if (at + 2 > d.length) corrupt("a sheet name is cut short");
  return new Pieces([d.subarray(at + 2)]).chars(d[at]!, (d[at + 1]! & 1) === 1);
}

/** An RK number: a 30-bit integer or the high 30 bits of a double, maybe divided by 100. */
function rk(value: number): number {
  const n = value & 0x02 ? value >> 2 : new DataView(new Uint32Array([0, value & 0xfffffffc]).buffer).getFloat64(0, true);
  return value & 0x01 ? n / 100 : n;
}

/** Built-in number formats that show dates or times (MS-XLS 2.5.165, with the East Asian ones). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** "date", "time", "datetime" or undefined for a number format code. */
function dateKind(code: string): "date" | "time" | "datetime" | undefined {
  const bare = code
    .split(";")[0]!
    .replace(/"[^"]*"|\\.|_.|\*./g, "")
    .replace(/\[(?:h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  const hasDate = /[yd]/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare));
  const hasTime = /[hs]/.test(bare);
  return hasDate ? (hasTime ? "datetime" : "date") : hasTime ? "time" : undefined;
}

/** A plain number: at most 15 significant digits (what Excel keeps), no grouping, no locale. */
export function plainNumber(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : String(n);
}

function serialDate(serial: number, kind: "date" | "time" | "datetime", date1904: boolean): string {
  if (!Number.isFinite(serial) || serial < 0 || serial >= 2_958_466) return plainNumber(serial);
  // 1900 system: serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was.
  const base = date1904 ? Date.UTC(1904, 0, 1) : serial < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30);
  const ms = base + Math.round(serial * 86_400) * 1000;
  const iso = new Date(ms).toISOString();
  const time = iso.slice(11, 19).replace(/:00$/, "");
  if (kind === "time") return time;
  return kind === "date" ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${time}`;
}

interface Sheet {
  name: string;
  offset: number;
}

interface Globals {
  sheets: Sheet[];
  strings: string[];
  /** Per XF index: how a number in that format reads as a date or time. */
  xfDates: ("date" | "time" | "datetime" | undefined)[];
  date1904: boolean;
}

async function readGlobals(stream: Uint8Array, pacer: Pacer): Promise<Globals> {
  const sheets: Sheet[] = [];
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let strings: string[] = [];
  let date1904 = false;
  let sst: Uint8Array[] | null = null;
  let first = true;
  for (const record of records(stream, 0)) {
    if (pacer.due()) await pacer.pause();
    const d = record.data;
    if (first) {
      if (record.type !== R.BOF) corrupt("the workbook stream does not start with a BOF record");
      const version = u16(d, 0);
      if (version !== 0x0600)
        throw new ExtractionError("unsupported", `could not read the ${LABEL}: it is in the Excel 5.0/95 format (BIFF5 or older), which docscan does not read`);
      first = false;
      continue;
    }
    if (sst && record.type === R.CONTINUE) {
      sst.push(d);
      continue;
    }
    if (sst) {
      strings = await sharedStrings(sst, pacer);
      sst = null;
    }
    switch (record.type) {
      case R.FILEPASS:
        throw new ExtractionError("encrypted", "the spreadsheet is encrypted");
      case R.BOUNDSHEET: {
        const kind = d[5];
        // Worksheets and macro sheets hold cells; chart sheets and VBA modules do not.
        if (kind === 0 || kind === 1) sheets.push({ offset: u32(d, 0), name: shortString(d, 6) });
        break;
      }
      case R.SST:
        sst = [d.subarray(8)];
        break;
      case R.DATEMODE:
        date1904 = u16(d, 0) === 1;
        break;
      case R.FORMAT:
        formats.set(u16(d, 0), new Pieces([d.subarray(2)]).richString());
        break;
      case R.XF:
        xfFormats.push(u16(d, 2));
        break;
    }
    if (record.type === R.EOF) break;
  }
  if (first) corrupt("the workbook stream is empty");
  if (sst) strings = await sharedStrings(sst, pacer);
  const xfDates = xfFormats.map((id) => {
    const code = formats.get(id);
    if (code !== undefined) return dateKind(code);
    return BUILT_IN_DATES.has(id) ? (id >= 18 && id <= 21 ? "time" : id === 22 ? "datetime" : id >= 45 && id <= 47 ? "time" : "date") : undefined;
  });
  return { sheets, strings, xfDates, date1904 };
}

/** The shared strings: as many as there are (the count in the header is not trusted for anything). */
async function sharedStrings(parts: Uint8Array[], pacer: Pacer): Promise<string[]> {
  const pieces = new Pieces(parts);
  const strings: string[] = [];
  while (!pieces.done) {
    if (pacer.due()) await pacer.pause();
    strings.push(pieces.richString());
  }
  return strings;
}

export async function extractXls(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractResult> {
  const pacer = new Pacer(ctx.budget);
  const file = new CompoundFile(bytes, LABEL);
  const stream = file.rootStream(["Workbook", "Book"]);
  if (!stream) {
    // A Word file whose directory lay past the head, with a sheet embedded where the head could see it.
    if (file.rootStream(["WordDocument"])) throw new ExtractionError("unsupported", `could not read the ${LABEL}: it is a Word document (.doc), which docscan does not read`);
    corrupt("it has no Workbook stream");
  }
  const globals = await readGlobals(stream, pacer);
  if (globals.sheets.length > ctx.limits.maxPages) throw pageLimitError(LABEL, globals.sheets.length, ctx.limits.maxPages);
  // Characters too: one long shared string named by every cell would otherwise grow far past what is
  // kept; past maxTextChars reading stops, and capText cuts the text there with its note.
  const budget: Budget = { cells: MAX_CELLS, chars: ctx.limits.maxTextChars + 1 };
  // Each sheet is read up to the next sheet's start at most, so no record is read twice over.
  const starts = [...new Set(globals.sheets.map((s) => s.offset))].sort((a, b) => a - b);
  if (starts.length < globals.sheets.length) corrupt("two of its sheets start at the same record");
  const end = (sheet: Sheet) => starts.find((offset) => offset > sheet.offset) ?? stream.length;
  const pages = [];
  for (const sheet of globals.sheets) {
    const rows = budget.cells > 0 && budget.chars > 0 ? await sheetRows(stream, sheet, end(sheet), globals, budget, pacer) : "";
    const cut = budget.cells <= 0 ? `\n[docscan read the first ${MAX_CELLS} cells of this workbook]` : "";
    pages.push(textPage(normaliseDocumentText(`Sheet: ${sheet.name}\n${rows}${cut}`)));
  }
  return buildResult(pages);
}

interface Budget {
  cells: number;
  chars: number;
}

/** BIFF8 sheets have 256 columns (A to IV); a cell beyond them is left out, so a row stays bounded. */
const COLUMNS = 256;

async function sheetRows(stream: Uint8Array, sheet: Sheet, end: number, globals: Globals, budget: Budget, pacer: Pacer): Promise<string> {
  if (sheet.offset + 4 > stream.length) corrupt(`sheet "${sheet.name}" starts past the end of the workbook stream`);
  const rows = new Map<number, string[]>();
  const put = (d: Uint8Array, col: number, text: string) => {
    if (col >= COLUMNS) return;
    const row = u16(d, 0);
    let cells = rows.get(row);
    if (!cells) rows.set(row, (cells = []));
    cells[col] = text;
    budget.cells--;
    budget.chars -= text.length + 1;
  };
  const number = (d: Uint8Array, xf: number, n: number) => {
    const kind = globals.xfDates[xf];
    return kind ? serialDate(n, kind, globals.date1904) : plainNumber(n);
  };
  let depth = 0;
  // A formula whose cached result is a string: the STRING record (and its CONTINUEs) after it holds the text.
  let pending: { d: Uint8Array; col: number; parts: Uint8Array[] } | null = null;
  const settle = () => {
    // A writer that left the STRING record out leaves the cell empty.
    if (pending) put(pending.d, pending.col, pending.parts.length ? new Pieces(pending.parts).richString() : "");
    pending = null;
  };
  for (const { type, data: d, at } of records(stream, sheet.offset)) {
    if (pacer.due()) await pacer.pause();
    if (at >= end) break; // the next sheet's records: this one had no EOF
    if (at === sheet.offset && type !== R.BOF) corrupt(`sheet "${sheet.name}" does not start with a BOF record`);
    if (pending?.parts.length && type === R.CONTINUE) {
      pending.parts.push(d);
      continue;
    }
    if (pending && !pending.parts.length && type === R.STRING) {
      pending.parts.push(d);
      continue;
    }
    settle();
    if (budget.cells <= 0 || budget.chars <= 0) break;
    if (type === R.BOF) depth++;
    else if (type === R.EOF && --depth === 0) break;
    if (depth !== 1) continue; // an embedded chart's substream
    switch (type) {
      case R.LABELSST:
        put(d, u16(d, 2), globals.strings[u32(d, 6)] ?? "");
        break;
      case R.LABEL:
      case R.RSTRING:
        put(d, u16(d, 2), new Pieces([d.subarray(6)]).richString());
        break;
      case R.NUMBER:
        put(d, u16(d, 2), number(d, u16(d, 4), f64(d, 6)));
        break;
      case R.RK:
        put(d, u16(d, 2), number(d, u16(d, 4), rk(u32(d, 6))));
        break;
      case R.MULRK: {
        const first = u16(d, 2);
        const count = Math.floor((d.length - 6) / 6);
        for (let i = 0; i < count && budget.cells > 0; i++) put(d, first + i, number(d, u16(d, 4 + i * 6), rk(u32(d, 6 + i * 6))));
        break;
      }
      case R.BOOLERR:
        if (d.length < 8) corrupt("a record is shorter than its fields");
        put(d, u16(d, 2), d[7] ? (ERRORS[d[6]!] ?? "#ERROR") : d[6] ? "TRUE" : "FALSE");
        break;
      case R.FORMULA: {
        const col = u16(d, 2);
        if (d.length < 14) corrupt("a record is shorter than its fields");
        if (u16(d, 12) !== 0xffff) put(d, col, number(d, u16(d, 4), f64(d, 6)));
        else if (d[6] === 0) pending = { d, col, parts: [] };
        else if (d[6] === 1) put(d, col, d[8] ? "TRUE" : "FALSE");
        else if (d[6] === 2) put(d, col, ERRORS[d[8]!] ?? "#ERROR");
        else if (d[6] === 3) put(d, col, "");
        break;
      }
    }
  }
  settle();
  const lines = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((row) => Array.from(rows.get(row)!, (cell) => cell ?? "").join("\t").replace(/\t+$/, ""));
  return lines.filter((line) => line.trim()).join("\n");
}
