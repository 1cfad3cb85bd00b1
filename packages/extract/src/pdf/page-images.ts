// Whether a PDF page can paint a picture, read from the file's own objects. A page with a text layer and no
// picture needs no OCR, so it can skip pdf.js's operator list (a second pass over its content, which costs as
// much as its text). Sure answers only: a page is "without images" when its resources (inherited ones too)
// hold no image XObject, its form XObjects none either (forms nest), neither its content nor its forms' has an
// inline image (BI … ID … EI), and no annotation of it has an appearance of its own. Anything this cannot read
// (an encrypted file, a filter other than Flate, an object it cannot find) answers "may paint": the caller
// then reads the operator list as before.
import { inflateSync } from "node:zlib";

interface Ref {
  ref: number;
}
type Dict = Map<string, Value>;
type Value = number | boolean | null | string | Ref | Value[] | Dict | { str: true };

/** Past this, an answer is not worth the work: the operator list decides. */
const MAX_OBJECTS_VISITED = 2_000;
const MAX_DEPTH = 64;
/** Inflated size of a content stream or object stream looked into (the prescan bounds them anyway). */
const MAX_INFLATED = 64 * 1024 * 1024;
/** Files larger than this are not indexed (the index is a string of the whole file). */
const MAX_FILE_BYTES = 64 * 1024 * 1024;

const isDict = (v: Value | undefined): v is Dict => v instanceof Map;
const isRef = (v: Value | undefined): v is Ref => typeof v === "object" && v !== null && "ref" in v;

export type Matrix = [number, number, number, number, number, number];

export interface PlacedImage {
  /** Where the unit square (the image) lands on the page, in default user space. */
  matrix: Matrix;
  /** The image's own size in pixels (its /Width and /Height). */
  width: number;
  height: number;
}

/** Object text located in a buffer: the raw file, or an inflated object stream. */
interface Located {
  buf: Buffer;
  text: string;
  at: number;
}

export class PageImages {
  private readonly buf: Buffer;
  private index: Map<number, Located> | null | undefined;

  constructor(bytes: Uint8Array) {
    this.buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  /** False only when the page surely paints no image; `ref` is pdf.js's page reference. */
  mayPaintImages(ref: { num: number } | null): boolean {
    if (!ref) return true;
    try {
      const objects = this.objects();
      if (!objects) return true;
      return new Walk(objects).page(ref.num);
    } catch {
      return true;
    }
  }

  /**
   * The one image a page paints, when its content does nothing else: `q`, `Q`, `cm` and a single `Do` of an
   * image XObject (a scanner's page). Null whenever anything else is there or anything cannot be read, and for
   * an image mask or an image over `maxPixels` (pdf.js leaves those out): the operator list decides then.
   * The matrix is the content's own (`cm` after `cm`, `q`/`Q` as pdf.js's operator list has them).
   */
  placedImage(ref: { num: number } | null, maxPixels: number): PlacedImage | null {
    if (!ref) return null;
    try {
      const objects = this.objects();
      return objects ? new Walk(objects).placedImage(ref.num, maxPixels) : null;
    } catch {
      return null;
    }
  }

  private objects(): Map<number, Located> | null {
    if (this.index !== undefined) return this.index;
    this.index = null;
    if (this.buf.length > MAX_FILE_BYTES) return null;
    const text = this.buf.toString("latin1");
    if (text.includes("/Encrypt")) return null; // streams (contents, object streams) are unreadable without the key
    const index = new Map<number, Located>();
    // Later definitions (incremental updates) replace earlier ones.
    for (const match of text.matchAll(/(?:^|[\s>])(\d+)\s+\d+\s+obj\b/g)) {
      index.set(Number(match[1]), { buf: this.buf, text, at: match.index + match[0].length });
    }
    for (const match of text.matchAll(/\/Type\s*\/ObjStm\b/g)) addObjectStream(index, text, this.buf, match.index);
    this.index = index;
    return index;
  }
}

/** The objects packed in the object stream whose dictionary holds `at` (only numbers not defined directly). */
function addObjectStream(index: Map<number, Located>, text: string, buf: Buffer, at: number): void {
  const header = text.lastIndexOf(" obj", at);
  const start = /(\d+)\s+\d+\s+obj\s*$/.exec(text.slice(Math.max(0, header - 30), header + 4));
  if (!start) return;
  const parser = new Parser(text, header + 4);
  const dict = parser.value(0);
  if (!isDict(dict)) return;
  const data = streamData(parser, dict, text, buf, (ref) => (isRef(ref) ? undefined : ref));
  const n = dict.get("/N");
  const first = dict.get("/First");
  if (!data || typeof n !== "number" || typeof first !== "number") return;
  const inner = data.toString("latin1");
  const numbers = inner.slice(0, first).trim().split(/\s+/).map(Number);
  for (let k = 0; k + 1 < numbers.length && k / 2 < n; k += 2) {
    const num = numbers[k]!;
    if (!index.has(num)) index.set(num, { buf: data, text: inner, at: first + numbers[k + 1]! });
  }
}

class Walk {
  private visited = 0;
  private readonly seen = new Set<number>();

  constructor(private readonly objects: Map<number, Located>) {}

  /** True when the page may paint an image. */
  page(num: number): boolean {
    const page = this.dict(num);
    if (!page || this.annotationsPaint(page)) return true;
    const resources = this.resources(page);
    if (resources !== undefined && !isDict(resources)) return true;
    if (resources && this.resourcesPaint(resources)) return true;
    return this.contents(page).some((stream) => !isRef(stream) || this.contentPaints(stream.ref));
  }

  placedImage(num: number, maxPixels: number): PlacedImage | null {
    const page = this.dict(num);
    if (!page || this.annotationsPaint(page)) return null;
    const resources = this.resources(page);
    if (!isDict(resources)) return null;
    const parts: string[] = [];
    for (const stream of this.contents(page)) {
      const data = isRef(stream) ? this.stream(stream.ref)?.data : null;
      if (!data) return null;
      parts.push(data.toString("latin1"));
    }
    const placed = singleImagePlacement(parts.join("\n"));
    if (!placed) return null;
    const xobjects = this.resolve(resources.get("/XObject"));
    const target = isDict(xobjects) ? xobjects.get(placed.name) : undefined;
    if (!isRef(target)) return null;
    const image = this.stream(target.ref)?.dict;
    if (!image || image.get("/Subtype") !== "/Image" || this.resolve(image.get("/ImageMask")) === true) return null;
    const width = this.resolve(image.get("/Width"));
    const height = this.resolve(image.get("/Height"));
    if (typeof width !== "number" || typeof height !== "number" || !Number.isInteger(width) || !Number.isInteger(height)) return null;
    if (width < 1 || height < 1 || width * height > maxPixels) return null;
    return { matrix: placed.matrix, width, height };
  }

  /** pdf.js draws annotations' appearance streams into the page (links have none). */
  private annotationsPaint(page: Dict): boolean {
    const annots = this.resolve(page.get("/Annots"));
    if (annots === undefined) return false;
    if (!Array.isArray(annots)) return true;
    return annots.some((annot) => {
      const dict = this.resolve(annot);
      return !isDict(dict) || dict.has("/AP");
    });
  }

  /** The page's resources, inherited from the page tree if it has none of its own. */
  private resources(page: Dict): Value | undefined {
    let resources = this.resolve(page.get("/Resources"));
    for (let node = page, hops = 0; resources === undefined && hops < 32; hops++) {
      const parent = this.resolve(node.get("/Parent"));
      if (!isDict(parent)) break;
      node = parent;
      resources = this.resolve(node.get("/Resources"));
    }
    return resources;
  }

  private contents(page: Dict): Value[] {
    const contents = this.resolve(page.get("/Contents"));
    return Array.isArray(contents) ? contents : contents === undefined ? [] : [page.get("/Contents")!];
  }

  private resourcesPaint(resources: Dict): boolean {
    const xobjects = this.resolve(resources.get("/XObject"));
    if (xobjects === undefined) return false;
    if (!isDict(xobjects)) return true;
    for (const value of xobjects.values()) {
      if (!isRef(value)) return true;
      if (this.seen.has(value.ref)) continue;
      this.seen.add(value.ref);
      const object = this.stream(value.ref);
      if (!object) return true;
      const subtype = object.dict.get("/Subtype");
      if (subtype === "/Image" || subtype !== "/Form") return true;
      const own = this.resolve(object.dict.get("/Resources"));
      if (own !== undefined && (!isDict(own) || this.resourcesPaint(own))) return true;
      if (this.contentPaints(value.ref)) return true;
    }
    return false;
  }

  /** A content stream (page or form) with an inline image, or one that cannot be read. */
  private contentPaints(num: number): boolean {
    const object = this.stream(num);
    if (!object?.data) return true;
    return /(?:^|[\s\]>)}])BI(?=[\s/])/.test(object.data.toString("latin1"));
  }

  private dict(num: number): Dict | undefined {
    const value = this.object(num)?.value;
    return isDict(value) ? value : undefined;
  }

  private stream(num: number): { dict: Dict; data: Buffer | null } | undefined {
    const object = this.object(num);
    if (!object || !isDict(object.value)) return undefined;
    return { dict: object.value, data: streamData(object.parser, object.value, object.located.text, object.located.buf, (v) => this.resolve(v)) };
  }

  private object(num: number): { value: Value | undefined; parser: Parser; located: Located } | undefined {
    if (++this.visited > MAX_OBJECTS_VISITED) throw new Error("too many objects");
    const located = this.objects.get(num);
    if (!located) return undefined;
    const parser = new Parser(located.text, located.at);
    return { value: parser.value(0), parser, located };
  }

  private resolve(value: Value | undefined): Value | undefined {
    for (let hops = 0; isRef(value) && hops < 8; hops++) value = this.object(value.ref)?.value;
    return isRef(value) ? undefined : value;
  }
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** `m` then `n` applied first (PDF's `cm`: the new matrix is n × m). */
export function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = n as Matrix;
  return [
    a * m[0] + b * m[2],
    a * m[1] + b * m[3],
    c * m[0] + d * m[2],
    c * m[1] + d * m[3],
    e * m[0] + f * m[2] + m[4],
    e * m[1] + f * m[3] + m[5],
  ];
}

const CONTENT_TOKEN = /\s+|%[^\r\n]*|([+-]?(?:\d+\.?\d*|\.\d+))|(\/[^\s/<>[\]()%{}]*)|([A-Za-z]+)/y;

/**
 * A content stream made of `q`, `Q`, `cm` and exactly one `Do` and nothing else: the name it paints and the
 * matrix in force there. Null for any other operator or operand (text, paths, strings, arrays, inline images).
 */
function singleImagePlacement(content: string): { name: string; matrix: Matrix } | null {
  let ctm = IDENTITY;
  const saved: Matrix[] = [];
  const numbers: number[] = [];
  let name: string | undefined;
  let placed: { name: string; matrix: Matrix } | null = null;
  CONTENT_TOKEN.lastIndex = 0;
  while (CONTENT_TOKEN.lastIndex < content.length) {
    const token = CONTENT_TOKEN.exec(content);
    if (!token) return null;
    const [, number, operandName, operator] = token;
    if (number !== undefined) {
      if (name !== undefined) return null;
      numbers.push(Number(number));
    } else if (operandName !== undefined) {
      if (name !== undefined || numbers.length > 0) return null;
      name = operandName;
    } else if (operator !== undefined) {
      if (operator === "q" && numbers.length === 0 && name === undefined) saved.push(ctm);
      else if (operator === "Q" && numbers.length === 0 && name === undefined) ctm = saved.pop() ?? ctm;
      else if (operator === "cm" && numbers.length === 6 && name === undefined) ctm = multiply(ctm, numbers);
      else if (operator === "Do" && numbers.length === 0 && name !== undefined && !placed) placed = { name, matrix: ctm };
      else return null;
      numbers.length = 0;
      name = undefined;
    }
  }
  return numbers.length === 0 && name === undefined ? placed : null;
}

/** The inflated data of the stream whose dictionary the parser just read; null when it cannot be read. */
function streamData(parser: Parser, dict: Dict, text: string, buf: Buffer, resolve: (v: Value | undefined) => Value | undefined): Buffer | null {
  const keyword = /^\s*stream\r?\n/.exec(text.slice(parser.at, parser.at + 64));
  if (!keyword) return null;
  const start = parser.at + keyword[0].length;
  const length = resolve(dict.get("/Length"));
  let end = typeof length === "number" ? start + length : -1;
  if (end < 0 || !/^\s*endstream/.test(text.slice(end, end + 32))) end = text.indexOf("endstream", start);
  if (end < 0) return null;
  const raw = buf.subarray(start, end);
  const filter = resolve(dict.get("/Filter"));
  const filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
  if (filters.length === 0) return raw;
  if (filters.length > 1 || filters[0] !== "/FlateDecode" || dict.has("/DecodeParms")) return null;
  try {
    return inflateSync(raw, { maxOutputLength: MAX_INFLATED, finishFlush: 2 /* Z_SYNC_FLUSH: tolerate a cut-off end */ });
  } catch {
    return null;
  }
}

/** Just enough of PDF's object syntax to read dictionaries, arrays, references and names. */
class Parser {
  constructor(
    private readonly s: string,
    public at: number,
  ) {}

  value(depth: number): Value | undefined {
    if (depth > MAX_DEPTH) throw new Error("nested too deep");
    this.space();
    const s = this.s;
    const c = s[this.at];
    if (c === undefined) return undefined;
    if (c === "<" && s[this.at + 1] === "<") {
      this.at += 2;
      const dict: Dict = new Map();
      for (;;) {
        this.space();
        if (s.startsWith(">>", this.at)) {
          this.at += 2;
          return dict;
        }
        const key = this.value(depth + 1);
        if (typeof key !== "string" || !key.startsWith("/")) throw new Error("bad dictionary");
        const value = this.value(depth + 1);
        if (value === undefined) throw new Error("bad dictionary");
        dict.set(key, value);
      }
    }
    if (c === "[") {
      this.at++;
      const array: Value[] = [];
      for (;;) {
        this.space();
        if (s[this.at] === "]") {
          this.at++;
          return array;
        }
        const value = this.value(depth + 1);
        if (value === undefined) throw new Error("bad array");
        array.push(value);
      }
    }
    if (c === "(") return this.literal();
    if (c === "<") {
      const end = s.indexOf(">", this.at);
      if (end < 0) throw new Error("bad hex string");
      this.at = end + 1;
      return { str: true };
    }
    if (c === "/") {
      const name = /^\/[^\s/<>[\]()%{}]*/.exec(s.slice(this.at, this.at + 256))![0];
      this.at += name.length;
      return name;
    }
    const number = /^[+-]?(?:\d+\.?\d*|\.\d+)/.exec(s.slice(this.at, this.at + 64));
    if (number) {
      this.at += number[0].length;
      const ref = /^\s+\d+\s+R(?![\w])/.exec(s.slice(this.at, this.at + 32));
      if (ref && /^\d+$/.test(number[0])) {
        this.at += ref[0].length;
        return { ref: Number(number[0]) };
      }
      return Number(number[0]);
    }
    const word = /^[a-z]+/i.exec(s.slice(this.at, this.at + 16))?.[0];
    if (word === "true" || word === "false" || word === "null") {
      this.at += word.length;
      return word === "null" ? null : word === "true";
    }
    return undefined; // stream, endobj, or something this does not read
  }

  private literal(): Value {
    let depth = 0;
    for (let i = this.at; i < this.s.length; i++) {
      const c = this.s[i];
      if (c === "\\") i++;
      else if (c === "(") depth++;
      else if (c === ")" && --depth === 0) {
        this.at = i + 1;
        return { str: true };
      }
    }
    throw new Error("unterminated string");
  }

  private space(): void {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(this.at);
      if (c === 0x25) {
        // % comment to the end of the line
        while (this.at < s.length && s[this.at] !== "\n" && s[this.at] !== "\r") this.at++;
      } else if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00) {
        this.at++;
      } else {
        return;
      }
    }
  }
}
