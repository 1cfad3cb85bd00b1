// A look at a PDF's raw bytes before pdf.js opens it. pdf.js inflates a stream whole, into one growing
// buffer, with no bound of its own: a 1.8 MB file whose page content inflates to 512 MiB costs gigabytes and
// minutes. Here every Flate stream that could inflate past the bound (deflate packs at most 1032:1, so only
// streams over bound/1032 bytes) is inflated once, a chunk at a time, and counted; images over the pixel
// limit are noted (pdf.js skips them; a document with no text besides fails naming the limit); and
// arrays/dictionaries nested absurdly deep (pdf.js parses them
// recursively) are refused. A page's content streams count together: pdf.js joins them into one buffer, so
// six streams of 60 MiB (or one stream listed six times) are a 360 MiB page. What this cannot see — streams of an encrypted PDF, filters other than Flate
// first in the chain — is bounded by the sandbox's memory, CPU and time limits instead.
import { constants, createInflate } from "node:zlib";
import { ExtractionError } from "../errors.ts";
import { pixelLimitError } from "../limits.ts";

export interface PrescanLimits {
  /** Largest inflated size of one stream that is not an image (MAX_INFLATED_MB). */
  maxInflatedBytes: number;
  maxPixels: number;
}

/** Arrays and dictionaries nested deeper than this are refused; real PDFs stay under 10. */
export const MAX_NESTING = 200;

const STREAM = Buffer.from("stream");
const ENDSTREAM = Buffer.from("endstream");
/** How far back from `stream` its dictionary may begin. */
const DICT_WINDOW = 64 * 1024;

interface Span {
  start: number;
  end: number;
}

/** A stream with an `n 0 obj` header in sight: what a page's /Contents may point at. */
interface NumberedStream {
  data: Buffer;
  flate: boolean;
  /** Inflated size once counted (or "over" the bound), so a stream listed by several pages is inflated once. */
  size?: number | "over" | null;
}

/** The most deflate can pack: 258 bytes per 2 bits (RFC 1951), ~1032:1. */
const MAX_DEFLATE_RATIO = 1032;

export interface PrescanReport {
  /**
   * The first image over `maxPixels`, as the error to give should the document have no text without it:
   * pdf.js leaves such images out without decoding them, so they cost nothing, and a page with text keeps it.
   */
  oversizeImage: ExtractionError | null;
}

/** Rejects with an ExtractionError("limit") for the first bound the file breaks. */
export async function prescanPdf(bytes: Uint8Array, limits: PrescanLimits): Promise<PrescanReport> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const report: PrescanReport = { oversizeImage: null };
  const streams: Span[] = [];
  const numbered = new Map<number, NumberedStream>();
  let at = 0;
  for (;;) {
    const found = buf.indexOf(STREAM, at);
    if (found < 0) break;
    at = found + STREAM.length;
    if (found >= 3 && buf.toString("latin1", found - 3, found) === "end") continue;
    let dataStart = at;
    if (buf[dataStart] === 0x0d) dataStart++;
    if (buf[dataStart] !== 0x0a) continue; // "stream" must end its line
    dataStart++;
    const dict = dictionaryBefore(buf, found);
    if (dict === null) continue;
    const end = streamEnd(buf, dataStart, dict.text);
    streams.push({ start: dataStart, end });
    const data = buf.subarray(dataStart, end);
    const size = await checkStream(data, dict, limits, report);
    if (dict.number !== null) numbered.set(dict.number, { data, flate: isFlate(dict.text), size });
    at = end;
  }
  checkNesting(buf, streams);
  await checkPageContents(buf, streams, numbered, limits);
  return report;
}

const CONTENTS = Buffer.from("/Contents");

/**
 * Every `/Contents [a 0 R b 0 R …]` outside stream data: the streams it lists, counted with repeats, must
 * inflate to no more than the bound together. Streams that cannot reach it are not inflated.
 */
async function checkPageContents(buf: Buffer, streams: readonly Span[], numbered: Map<number, NumberedStream>, limits: PrescanLimits): Promise<void> {
  const bound = limits.maxInflatedBytes;
  let inStream = 0;
  for (let at = buf.indexOf(CONTENTS); at >= 0; at = buf.indexOf(CONTENTS, at + CONTENTS.length)) {
    while (inStream < streams.length && streams[inStream]!.end <= at) inStream++;
    if (inStream < streams.length && streams[inStream]!.start <= at) continue;
    const array = /^\s*\[([^\]]{0,65536})\]/.exec(buf.toString("latin1", at + CONTENTS.length, at + CONTENTS.length + 65_600));
    if (!array) continue;
    const refs = [...array[1]!.matchAll(/(\d+)\s+\d+\s+R/g)].map((m) => numbered.get(Number(m[1]))).filter((s) => s !== undefined);
    if (refs.length < 2) continue;
    const most = refs.reduce((sum, s) => sum + (s.flate ? s.data.length * MAX_DEFLATE_RATIO : s.data.length), 0);
    if (most <= bound) continue;
    let total = 0;
    for (const stream of refs) {
      if (!stream.flate) total += stream.data.length;
      else {
        stream.size ??= await inflateUpTo(stream.data, bound, false).then((r) => (r === "over" || r === null ? r : r.size));
        total += stream.size === "over" ? bound + 1 : (stream.size ?? 0);
      }
      if (total > bound) {
        throw new ExtractionError(
          "limit",
          `the content of a page of the PDF (${refs.length} streams) inflates to more than ${mebibytes(bound)} MiB together; the limit is ${mebibytes(bound)} MiB (MAX_INFLATED_MB)`,
        );
      }
    }
  }
}

interface Dict {
  text: string;
  /** "object 12" when the `n 0 obj` before it is in sight. */
  label: string;
  /** 12 then, else null. */
  number: number | null;
}

/** The `<< … >>` that ends right before `stream` (whitespace between), or null. */
function dictionaryBefore(buf: Buffer, streamAt: number): Dict | null {
  let end = streamAt;
  while (end > 0 && isSpace(buf[end - 1]!)) end--;
  if (end < 2 || buf[end - 1] !== 0x3e || buf[end - 2] !== 0x3e) return null;
  const from = Math.max(0, end - DICT_WINDOW);
  const text = buf.toString("latin1", from, end);
  let depth = 0;
  for (let i = text.length - 2; i >= 0; i--) {
    if (text[i] === ">" && text[i + 1] === ">") {
      depth++;
      i--;
    } else if (text[i] === "<" && text[i + 1] === "<") {
      if (--depth === 0) {
        const header = /(\d+)\s+\d+\s+obj\s*$/.exec(text.slice(Math.max(0, i - 40), i));
        return { text: text.slice(i), label: header ? `object ${header[1]}` : "a stream", number: header ? Number(header[1]) : null };
      }
    }
  }
  return null;
}

/** A direct /Length when `endstream` follows it; otherwise the next `endstream` (as pdf.js does too). */
function streamEnd(buf: Buffer, start: number, dict: string): number {
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (length) {
    const end = start + Number(length[1]);
    let k = end;
    while (k < buf.length && isSpace(buf[k]!)) k++;
    if (end <= buf.length && buf.subarray(k, k + ENDSTREAM.length).equals(ENDSTREAM)) return end;
  }
  const next = buf.indexOf(ENDSTREAM, start);
  return next < 0 ? buf.length : next;
}

/** Returns the inflated size when it had to be counted. */
async function checkStream(data: Buffer, dict: Dict, limits: PrescanLimits, report: PrescanReport): Promise<number | undefined> {
  let bound = limits.maxInflatedBytes;
  if (/\/Subtype\s*\/Image\b/.test(dict.text)) {
    const width = intEntry(dict.text, "Width");
    const height = intEntry(dict.text, "Height");
    if (width !== null && height !== null) {
      if (width * height > limits.maxPixels) {
        report.oversizeImage ??= pixelLimitError(`an image in the PDF (${dict.label})`, width * height, limits.maxPixels);
      }
      return; // pdf.js decodes only the bytes its declared size needs, and none of an image over maxPixels
    }
    // Size given indirectly: at most the pixel limit at 4 components of 16 bits.
    bound = Math.max(bound, limits.maxPixels * 8);
  }
  if (!isFlate(dict.text)) return;
  const objectStream = /\/Type\s*\/ObjStm\b/.test(dict.text);
  if (!objectStream && data.length * MAX_DEFLATE_RATIO <= bound) return; // cannot inflate past the bound
  const inflated = await inflateUpTo(data, bound, objectStream);
  if (inflated === "over") {
    throw new ExtractionError(
      "limit",
      `${dict.label} of the PDF inflates to more than ${mebibytes(bound)} MiB; the limit is ${mebibytes(limits.maxInflatedBytes)} MiB (MAX_INFLATED_MB)`,
    );
  }
  if (inflated?.kept) checkNesting(inflated.kept, []);
  return inflated?.size;
}

/**
 * Inflates a chunk at a time, keeping the output only if asked: "over" past `bound`, null when the data is
 * not valid Flate (or encrypted: pdf.js decides then, under the sandbox's limits). A truncated stream
 * (pdf.js reads those too) counts what it holds.
 */
function inflateUpTo(data: Buffer, bound: number, keep: boolean): Promise<{ size: number; kept: Buffer | null } | "over" | null> {
  return new Promise((resolve) => {
    const inflate = createInflate({ chunkSize: 1024 * 1024, finishFlush: constants.Z_SYNC_FLUSH });
    const kept: Buffer[] = [];
    let size = 0;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > bound) {
        inflate.destroy();
        resolve("over");
      } else if (keep) kept.push(chunk);
    });
    inflate.on("error", () => resolve(null));
    inflate.on("end", () => resolve({ size, kept: keep ? Buffer.concat(kept) : null }));
    inflate.end(data);
  });
}

/** Flate is the first filter of the chain (the only one inflated here). */
function isFlate(dict: string): boolean {
  const filter = /\/Filter\s*(?:\[\s*)?\/([A-Za-z0-9]+)/.exec(dict)?.[1];
  return filter === "FlateDecode" || filter === "Fl";
}

function intEntry(dict: string, key: string): number | null {
  const match = new RegExp(`/${key}\\s+(\\d+)(?!\\s+\\d+\\s+R)`).exec(dict);
  return match ? Number(match[1]) : null;
}

const mebibytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
}

/** Depth of `[` and `<<` outside strings, comments and the given stream bodies. */
function checkNesting(buf: Uint8Array, skip: readonly Span[]): void {
  let depth = 0;
  let next = 0;
  for (let i = 0; i < buf.length; i++) {
    if (next < skip.length && i >= skip[next]!.start) {
      i = skip[next++]!.end - 1;
      continue;
    }
    const c = buf[i]!;
    if (c === 0x5b /* [ */ || (c === 0x3c && buf[i + 1] === 0x3c)) {
      if (c === 0x3c) i++;
      if (++depth > MAX_NESTING) {
        throw new ExtractionError("limit", `the PDF nests arrays or dictionaries more than ${MAX_NESTING} deep (the nesting limit)`);
      }
    } else if (c === 0x5d /* ] */ || (c === 0x3e && buf[i + 1] === 0x3e)) {
      if (c === 0x3e) i++;
      if (depth > 0) depth--;
    } else if (c === 0x28 /* ( */) {
      i = stringEnd(buf, i);
    } else if (c === 0x25 /* % */) {
      while (i < buf.length && buf[i] !== 0x0a && buf[i] !== 0x0d) i++;
    }
  }
}

/** Index of the `)` closing the literal string opened at `open` (nested parentheses, backslash escapes). */
function stringEnd(buf: Uint8Array, open: number): number {
  let nest = 0;
  for (let i = open; i < buf.length; i++) {
    const c = buf[i];
    if (c === 0x5c) i++;
    else if (c === 0x28) nest++;
    else if (c === 0x29 && --nest === 0) return i;
  }
  return buf.length;
}
