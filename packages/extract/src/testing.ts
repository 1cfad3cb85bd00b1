// Fixture builders for tests across the monorepo (documents made in code, nothing committed).
// Fixtures built in code: a tiny PDF writer (optionally RC4-40 encrypted), a zip writer, image headers.
import { createHash } from "node:crypto";
import { constants as zlibConstants, crc32, deflateRawSync, deflateSync } from "node:zlib";
import type * as CanvasModule from "@napi-rs/canvas"; // types only: the module loads on first use below

const latin1 = (s: string): Buffer => Buffer.from(s, "latin1");

// ---------- PDF ----------

export interface PdfOptions {
  /** Setting a user password makes a Standard security handler (V1/R2, RC4 40-bit) PDF. */
  userPassword?: string;
  ownerPassword?: string;
}

/** A JPEG (DCTDecode, RGB) drawn at `at` = [x, y, width, height] in points from the bottom left. */
export interface PdfImage {
  jpeg: Uint8Array;
  width: number;
  height: number;
  at: readonly [number, number, number, number];
}

export interface PdfPageSpec {
  /** "\n" separates lines; Helvetica 12 pt from the top left. */
  text?: string;
  /** Text render mode 3, as OCR software lays over scans. */
  invisibleText?: boolean;
  images?: readonly PdfImage[];
  /** MediaBox size in points; letter by default. */
  size?: readonly [number, number];
}

/**
 * One entry per page: a string is a page of text ("" makes a page with a drawing and no text, a stand-in
 * for a scan); a spec adds images, invisible text or a page size.
 */
export function makePdf(pages: readonly (string | PdfPageSpec)[], opts: PdfOptions = {}): Uint8Array {
  const specs = pages.map((page) => (typeof page === "string" ? { text: page } : page));
  const objects: Buffer[] = [];
  objects.push(latin1("")); // catalog, written below
  objects.push(latin1("")); // page tree
  objects.push(latin1("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));

  const id = createHash("md5").update(JSON.stringify(specs.map((s) => [s.text, s.images?.length, s.size]))).digest();
  const crypt = opts.userPassword === undefined ? undefined : rc4Security(opts.userPassword, opts.ownerPassword ?? `${opts.userPassword}-owner`, id);
  const stream = (num: number, dict: string, data: Buffer) => {
    const body = crypt ? crypt.encrypt(num, data) : data;
    return Buffer.concat([latin1(`<< ${dict} /Length ${body.length} >>\nstream\n`), body, latin1("\nendstream")]);
  };

  const kids: number[] = [];
  for (const spec of specs) {
    const pageNum = objects.length + 1;
    const contentNum = pageNum + 1;
    const imageNums = (spec.images ?? []).map((_, k) => contentNum + 1 + k);
    kids.push(pageNum);
    const [w, h] = spec.size ?? [612, 792];
    const xobjects = imageNums.map((num, k) => `/Im${k} ${num} 0 R`).join(" ");
    objects.push(
      latin1(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${w} ${h}] /Resources << /Font << /F1 3 0 R >> /XObject << ${xobjects} >> >> /Contents ${contentNum} 0 R >>`,
      ),
    );
    const draws = (spec.images ?? []).map((image, k) => `q ${image.at[2]} 0 0 ${image.at[3]} ${image.at[0]} ${image.at[1]} cm /Im${k} Do Q`);
    objects.push(stream(contentNum, "", latin1([...draws, pageContent(spec, h)].join(" "))));
    (spec.images ?? []).forEach((image, k) => {
      const dict = `/Type /XObject /Subtype /Image /Width ${image.width} /Height ${image.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`;
      objects.push(stream(imageNums[k]!, dict, Buffer.from(image.jpeg)));
    });
  }
  objects[0] = latin1("<< /Type /Catalog /Pages 2 0 R >>");
  objects[1] = latin1(`<< /Type /Pages /Kids [${kids.map((n) => `${n} 0 R`).join(" ")}] /Count ${kids.length} >>`);
  if (crypt) objects.push(latin1(crypt.dictionary));

  const parts: Buffer[] = [latin1("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const obj = Buffer.concat([latin1(`${i + 1} 0 obj\n`), body, latin1("\nendobj\n")]);
    offsets.push(offset);
    offset += obj.length;
    parts.push(obj);
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, "0000000000 65535 f \n", ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)];
  const idHex = id.toString("hex");
  const encrypt = crypt ? ` /Encrypt ${objects.length} 0 R` : "";
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /ID [<${idHex}> <${idHex}>]${encrypt} >>\nstartxref\n${offset}\n%%EOF\n`;
  parts.push(latin1(xref.join("") + trailer));
  return new Uint8Array(Buffer.concat(parts));
}

function pageContent(spec: PdfPageSpec, height: number): string {
  const text = spec.text ?? "";
  if (text === "") return spec.images?.length ? "" : "q 0.8 g 72 72 468 648 re f Q"; // a "scan": a grey box, no text layer
  const lines = text.split("\n").map((line) => `(${line.replace(/[\\()]/g, "\\$&")}) Tj 0 -16 Td`);
  return `BT /F1 12 Tf ${spec.invisibleText ? "3 Tr " : ""}72 ${height - 72} Td ${lines.join(" ")} ET`;
}

// PDF 1.7 (ISO 32000-1) 7.6.3: algorithms 1, 2, 3 and 4 for revision 2.
const PASSWORD_PAD = Buffer.from("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a", "hex");
const md5 = (...chunks: Buffer[]): Buffer => createHash("md5").update(Buffer.concat(chunks)).digest();
const padPassword = (pw: string): Buffer => Buffer.concat([latin1(pw), PASSWORD_PAD]).subarray(0, 32);

function rc4Security(userPassword: string, ownerPassword: string, id: Buffer) {
  const permissions = -44;
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const o = rc4(md5(padPassword(ownerPassword)).subarray(0, 5), padPassword(userPassword));
  const key = md5(padPassword(userPassword), o, p, id).subarray(0, 5);
  const u = rc4(key, PASSWORD_PAD);
  return {
    dictionary: `<< /Filter /Standard /V 1 /R 2 /O <${o.toString("hex")}> /U <${u.toString("hex")}> /P ${permissions} >>`,
    encrypt(objNum: number, data: Buffer): Buffer {
      const salt = Buffer.from([objNum & 0xff, (objNum >> 8) & 0xff, (objNum >> 16) & 0xff, 0, 0]);
      return rc4(md5(key, salt).subarray(0, 10), data);
    },
  };
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  let j = 0;
  for (let i = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  let i = 0;
  j = 0;
  for (let n = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

// ---------- ZIP ----------

export interface ZipEntry {
  name: string;
  data: string | Uint8Array;
  deflate?: boolean;
  /** Uncompressed size to write in the headers instead of the real one (to fake a zip bomb). */
  declaredSize?: number;
  /** Already deflated data (raw deflate) standing for `size` bytes with this CRC; `data` is then ignored. */
  deflated?: { data: Uint8Array; crc: number; size: number };
}

export function makeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const raw = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : Buffer.from(entry.data);
    const stored = entry.deflated ? Buffer.from(entry.deflated.data) : entry.deflate ? deflateRawSync(raw) : raw;
    const method = entry.deflate || entry.deflated ? 8 : 0;
    const crc = entry.deflated ? entry.deflated.crc : crc32(raw);
    const size = entry.deflated ? entry.deflated.size : raw.length;

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(entry.declaredSize ?? size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, stored);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(entry.declaredSize ?? size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

const DOCX_CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`;
const DOCX_RELS = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`;
const DOCX_DOCUMENT = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello</w:t></w:r></w:p></w:body></w:document>`;

/** Word's layout: [Content_Types].xml first, deflated. `body` is WordprocessingML inside <w:body>. */
export function makeDocx(body?: string, extraParts: readonly ZipEntry[] = []): Uint8Array {
  const document =
    body === undefined
      ? DOCX_DOCUMENT
      : `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return makeZip([
    { name: "[Content_Types].xml", data: DOCX_CONTENT_TYPES, deflate: true },
    { name: "_rels/.rels", data: DOCX_RELS, deflate: true },
    { name: "word/document.xml", data: document, deflate: true },
    ...extraParts,
  ]);
}

/** [Content_Types].xml last, behind a large entry, so it is not in the first bytes. */
export function makeDocxContentTypesLast(): Uint8Array {
  return makeZip([
    { name: "_rels/.rels", data: DOCX_RELS, deflate: true },
    { name: "word/document.xml", data: DOCX_DOCUMENT, deflate: true },
    { name: "docProps/thumbnail.png", data: noise(20_000) },
    { name: "[Content_Types].xml", data: DOCX_CONTENT_TYPES, deflate: true },
  ]);
}

/** `text` is ODF markup inside <office:text>; `styles` an optional styles.xml. */
export function makeOdt(text?: string, styles?: string): Uint8Array {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"';
  const content =
    text === undefined
      ? `<?xml version="1.0"?><office:document-content/>`
      : `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:body><office:text>${text}</office:text></office:body></office:document-content>`;
  return makeZip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.text" },
    { name: "content.xml", data: content, deflate: true },
    ...(styles === undefined ? [] : [{ name: "styles.xml", data: `<?xml version="1.0"?><office:document-styles ${ns}>${styles}</office:document-styles>`, deflate: true }]),
  ]);
}

export function makePlainZip(): Uint8Array {
  return makeZip([
    { name: "notes.txt", data: "hello", deflate: true },
    { name: "report.pdf", data: makePdf(["inside a zip"]) },
  ]);
}

/** Deterministic incompressible bytes. */
export function noise(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out[i] = x >> 16;
  }
  return out;
}

// ---------- images (headers only: enough for a signature check) ----------

function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([latin1(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

export function makePng(): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return new Uint8Array(
    Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), pngChunk("IHDR", ihdr), pngChunk("IEND", Buffer.alloc(0))]),
  );
}

export function makeJpeg(): Uint8Array {
  return new Uint8Array(Buffer.from("ffd8ffe000104a46494600010100000100010000ffd9", "hex"));
}

export function makeGif(): Uint8Array {
  return new Uint8Array(Buffer.concat([latin1("GIF89a"), Buffer.from("01000100000000", "hex"), Buffer.from([0x3b])]));
}

export function makeBmp(): Uint8Array {
  const b = Buffer.alloc(58);
  b.write("BM", 0, "latin1");
  b.writeUInt32LE(58, 2);
  b.writeUInt32LE(54, 10);
  b.writeUInt32LE(40, 14); // BITMAPINFOHEADER
  b.writeInt32LE(1, 18);
  b.writeInt32LE(1, 22);
  b.writeUInt16LE(1, 26);
  b.writeUInt16LE(24, 28);
  b.writeUInt32LE(4, 34);
  return new Uint8Array(b);
}

export function makeWebp(): Uint8Array {
  const vp8l = Buffer.from("2f000000000000000000", "hex");
  const chunk = Buffer.concat([latin1("VP8L"), Buffer.from([vp8l.length, 0, 0, 0]), vp8l]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(4 + chunk.length);
  return new Uint8Array(Buffer.concat([latin1("RIFF"), size, latin1("WEBP"), chunk]));
}

/** Baseline TIFF: header and one IFD with ImageWidth, ImageLength, BitsPerSample. */
export function makeTiff(byteOrder: "II" | "MM" = "II"): Uint8Array {
  const le = byteOrder === "II";
  const b = Buffer.alloc(8 + 2 + 3 * 12 + 4);
  const u16 = (v: number, at: number) => (le ? b.writeUInt16LE(v, at) : b.writeUInt16BE(v, at));
  const u32 = (v: number, at: number) => (le ? b.writeUInt32LE(v, at) : b.writeUInt32BE(v, at));
  b.write(byteOrder, 0, "latin1");
  u16(42, 2);
  u32(8, 4);
  u16(3, 8);
  [256, 257, 258].forEach((tag, i) => {
    const at = 10 + i * 12;
    u16(tag, at);
    u16(3, at + 2);
    u32(1, at + 4);
    u16(tag === 258 ? 8 : 1, at + 8);
  });
  return new Uint8Array(b);
}

// ---------- text ----------

export function utf16(text: string, order: "le" | "be"): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, "utf16le");
  return new Uint8Array(order === "le" ? le : le.swap16());
}

// ---------- pictures of text (drawn with @napi-rs/canvas, which is loaded on first use) ----------

export interface Raster {
  width: number;
  height: number;
  /** Straight (not premultiplied) RGBA, row by row. */
  rgba: Uint8Array;
}

export interface TextPictureOptions {
  /** Size before rotation; default 1000 × 600. */
  width?: number;
  height?: number;
  /** Pixels; default 40. */
  fontSize?: number;
  /** Clockwise, applied after drawing, like a page fed into the scanner sideways. */
  rotate?: 0 | 90 | 180 | 270;
  /** Default white; null leaves it transparent (the text stays opaque black). */
  background?: string | null;
}

let canvasModule: Promise<typeof CanvasModule> | undefined;
const canvasLib = () => (canvasModule ??= import("@napi-rs/canvas"));

/** Black DejaVu Sans (Debian's fonts-dejavu; Skia falls back to another sans-serif without it). */
export async function drawText(lines: readonly string[], opts: TextPictureOptions = {}): Promise<Raster> {
  const { createCanvas } = await canvasLib();
  const { width = 1000, height = 600, fontSize = 40, rotate = 0, background = "#fff" } = opts;
  const page = createCanvas(width, height);
  const ctx = page.getContext("2d");
  if (background !== null) {
    ctx.fillStyle = background;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.fillStyle = "#000";
  ctx.font = `${fontSize}px "DejaVu Sans", sans-serif`;
  lines.forEach((line, i) => ctx.fillText(line, fontSize, fontSize * (2 + i * 1.6)));
  const turned = rotate % 180 === 0 ? createCanvas(width, height) : createCanvas(height, width);
  const tctx = turned.getContext("2d");
  tctx.translate(turned.width / 2, turned.height / 2);
  tctx.rotate((rotate * Math.PI) / 180);
  tctx.drawImage(page, -width / 2, -height / 2);
  const data = tctx.getImageData(0, 0, turned.width, turned.height).data;
  return { width: turned.width, height: turned.height, rgba: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) };
}

/** Left and right swapped, as if scanned through the back of the sheet: OCR reads it as garbage. */
export function mirror(raster: Raster): Raster {
  const { width, height, rgba } = raster;
  const out = new Uint8Array(rgba.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) out.set(rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4), (y * width + width - 1 - x) * 4);
  }
  return { width, height, rgba: out };
}

/** PNG keeps alpha; JPEG, WebP (lossy) and GIF as Skia writes them. */
export async function encodePicture(raster: Raster, format: "png" | "jpeg" | "webp" | "gif"): Promise<Uint8Array> {
  const { createCanvas, ImageData } = await canvasLib();
  const canvas = createCanvas(raster.width, raster.height);
  const pixels = new Uint8ClampedArray(raster.rgba.buffer, raster.rgba.byteOffset, raster.rgba.byteLength);
  canvas.getContext("2d").putImageData(new ImageData(pixels, raster.width, raster.height), 0, 0);
  const bytes = format === "png" ? await canvas.encode("png") : format === "gif" ? await canvas.encode("gif") : await canvas.encode(format, 92);
  return new Uint8Array(bytes);
}

/** An animated GIF, one frame per raster (all the same size). */
export async function encodeAnimatedGif(frames: readonly Raster[]): Promise<Uint8Array> {
  const { GifEncoder } = await canvasLib();
  const { width, height } = frames[0]!;
  const encoder = new GifEncoder(width, height);
  for (const frame of frames) encoder.addFrame(frame.rgba, width, height, { delay: 500 });
  return new Uint8Array(encoder.finish());
}

/** 24-bit bottom-up BMP (BITMAPINFOHEADER); alpha is dropped. */
export function encodeBmp({ width, height, rgba }: Raster): Uint8Array {
  const row = Math.ceil((width * 3) / 4) * 4;
  const b = Buffer.alloc(54 + row * height);
  b.write("BM", 0, "latin1");
  b.writeUInt32LE(b.length, 2);
  b.writeUInt32LE(54, 10);
  b.writeUInt32LE(40, 14);
  b.writeInt32LE(width, 18);
  b.writeInt32LE(height, 22);
  b.writeUInt16LE(1, 26);
  b.writeUInt16LE(24, 28);
  b.writeUInt32LE(row * height, 34);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const from = (y * width + x) * 4;
      const to = 54 + (height - 1 - y) * row + x * 3;
      b[to] = rgba[from + 2]!;
      b[to + 1] = rgba[from + 1]!;
      b[to + 2] = rgba[from]!;
    }
  }
  return new Uint8Array(b);
}

/** Little-endian, uncompressed RGBA with unassociated alpha (ExtraSamples 2), one IFD per page. */
export function encodeTiff(pages: readonly Raster[], dpi = 150): Uint8Array {
  const chunks: Buffer[] = [];
  let offset = 8;
  const header = Buffer.alloc(8);
  header.write("II", 0, "latin1");
  header.writeUInt16LE(42, 2);
  header.writeUInt32LE(8, 4);
  chunks.push(header);
  pages.forEach((page, index) => {
    const entries: [number, number, number, number][] = []; // tag, type, count, value or offset
    const tags = 13;
    const ifdSize = 2 + tags * 12 + 4;
    const bitsAt = offset + ifdSize;
    const resolutionAt = bitsAt + 8;
    const dataAt = resolutionAt + 8;
    entries.push([256, 4, 1, page.width], [257, 4, 1, page.height], [258, 3, 4, bitsAt], [259, 3, 1, 1], [262, 3, 1, 2]);
    entries.push([273, 4, 1, dataAt], [277, 3, 1, 4], [278, 4, 1, page.height], [279, 4, 1, page.rgba.length]);
    entries.push([282, 5, 1, resolutionAt], [283, 5, 1, resolutionAt], [296, 3, 1, 2], [338, 3, 1, 2]);
    const ifd = Buffer.alloc(ifdSize + 16);
    ifd.writeUInt16LE(tags, 0);
    entries.forEach(([tag, type, count, value], i) => {
      const at = 2 + i * 12;
      ifd.writeUInt16LE(tag, at);
      ifd.writeUInt16LE(type, at + 2);
      ifd.writeUInt32LE(count, at + 4);
      if (type === 3 && count === 1) ifd.writeUInt16LE(value, at + 8);
      else ifd.writeUInt32LE(value, at + 8);
    });
    const next = index < pages.length - 1 ? dataAt + page.rgba.length : 0;
    ifd.writeUInt32LE(next, 2 + tags * 12);
    [8, 8, 8, 8].forEach((bits, i) => ifd.writeUInt16LE(bits, ifdSize + i * 2));
    ifd.writeUInt32LE(dpi, ifdSize + 8);
    ifd.writeUInt32LE(1, ifdSize + 12);
    chunks.push(ifd, Buffer.from(page.rgba));
    offset = dataAt + page.rgba.length;
  });
  return new Uint8Array(Buffer.concat(chunks));
}

/** Inserts an Exif APP1 segment with the given Orientation tag after SOI. */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  const tiff = Buffer.alloc(26);
  tiff.write("MM", 0, "latin1");
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(8, 4);
  tiff.writeUInt16BE(1, 8);
  tiff.writeUInt16BE(0x0112, 10);
  tiff.writeUInt16BE(3, 12);
  tiff.writeUInt32BE(1, 14);
  tiff.writeUInt16BE(orientation, 18);
  const payload = Buffer.concat([latin1("Exif\0\0"), tiff]);
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xffe1, 0);
  segment.writeUInt16BE(payload.length + 2, 2);
  return new Uint8Array(Buffer.concat([jpeg.subarray(0, 2), segment, payload, jpeg.subarray(2)]));
}

/** A PNG whose header claims `width` × `height` (a pixel bomb when large); the pixel data is one empty row. */
export function makePngClaiming(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const idat = deflateRawSync(Buffer.alloc(64));
  return new Uint8Array(
    Buffer.concat([Buffer.from("89504e470d0a1a0a", "hex"), pngChunk("IHDR", ihdr), pngChunk("IDAT", idat), pngChunk("IEND", Buffer.alloc(0))]),
  );
}

// ---------- hostile files (issue 13) ----------

/** An object body for makeRawPdf: a dictionary (or any object) as written, or a stream. */
export type RawPdfObject = string | { dict: string; data: Uint8Array };

/** A PDF made of the given object bodies (object 1 is the catalog); `stream` entries get their /Length. */
export function makeRawPdf(objects: readonly RawPdfObject[]): Uint8Array {
  const parts: Buffer[] = [latin1("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")];
  let offset = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    const inner =
      typeof body === "string"
        ? latin1(body)
        : Buffer.concat([latin1(`<< ${body.dict} /Length ${body.data.length} >>\nstream\n`), Buffer.from(body.data), latin1("\nendstream")]);
    const obj = Buffer.concat([latin1(`${i + 1} 0 obj\n`), inner, latin1("\nendobj\n")]);
    offsets.push(offset);
    offset += obj.length;
    parts.push(obj);
  });
  const xref = [`xref\n0 ${objects.length + 1}\n`, "0000000000 65535 f \n", ...offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`)];
  parts.push(latin1(`${xref.join("")}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

/** Raw deflate of `mebibytes` MiB of `byte`, made without ever holding them: one MiB deflated, byte-aligned, repeated. */
function repeatedDeflate(byte: number, mebibytes: number): { data: Buffer; crc: number } {
  const chunk = Buffer.alloc(1024 * 1024, byte);
  const block = deflateRawSync(chunk, { level: 9, finishFlush: zlibConstants.Z_SYNC_FLUSH });
  let crc = 0;
  for (let i = 0; i < mebibytes; i++) crc = crc32(chunk, crc);
  return { data: Buffer.concat([...Array<Buffer>(mebibytes).fill(block), Buffer.from([0x03, 0x00])]), crc }; // 03 00: empty final block
}

function wholeMebibytes(bytes: number): number {
  if (bytes % (1024 * 1024) !== 0 || bytes <= 0) throw new RangeError("bombs come in whole MiB");
  return bytes / 1024 / 1024;
}

/** A zlib stream of `bytes` zero bytes (whole MiB): ~1000:1, the issue's 512 MiB bomb is under 1 MB. */
export function zerosFlate(bytes: number): Uint8Array {
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((bytes % 65521) << 16) | 1) >>> 0); // Adler-32 of n zeros: a = 1, b = n mod 65521
  return new Uint8Array(Buffer.concat([Buffer.from([0x78, 0xda]), repeatedDeflate(0, wholeMebibytes(bytes)).data, adler]));
}

const PAGE_TREE = "<< /Type /Pages /Kids [3 0 R] /Count 1 >>";

/**
 * One US-letter page (object 3) with `resources` (e.g. "/Font << /F1 5 0 R >>") and the uncompressed content
 * stream `content` (object 4); `extra` are objects 5, 6, … that the resources point at.
 */
export function makeOnePagePdf(resources: string, content: string, extra: readonly RawPdfObject[] = []): Uint8Array {
  return makeRawPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    PAGE_TREE,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << ${resources} >> /Contents 4 0 R >>`,
    { dict: "", data: latin1(content) },
    ...extra,
  ]);
}

/**
 * One page whose content is Flate-compressed zeros inflating to `inflatedBytes` (the issue's 512 MiB bomb was
 * 1.8 MB), in `streams` streams of equal size (pdf.js joins a page's content streams into one), each listed
 * `repeats` times in the page's /Contents.
 */
export function makeInflatingPdf(inflatedBytes: number, streams = 1, repeats = 1): Uint8Array {
  const each = zerosFlate(inflatedBytes / streams);
  const refs = Array.from({ length: streams * repeats }, (_, k) => `${4 + (k % streams)} 0 R`).join(" ");
  return makeRawPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    PAGE_TREE,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents [${refs}] >>`,
    ...Array.from({ length: streams }, () => ({ dict: "/Filter /FlateDecode", data: each })),
  ]);
}

/**
 * One page whose content is `inflatedBytes` of path operators ("0 0 m", 10 million per 60 MiB) in one stream
 * under the decompression bound: small to inflate, but each operator costs memory as pdf.js parses the page.
 */
export function makeOperatorBombPdf(inflatedBytes: number): Uint8Array {
  const op = "0 0 m\n";
  return makeRawPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    PAGE_TREE,
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
    { dict: "/Filter /FlateDecode", data: deflateSync(Buffer.from(op.repeat(Math.floor(inflatedBytes / op.length)))) },
  ]);
}

/** One page covered by an image XObject that claims `width` × `height` pixels (its data is a few bytes). */
export function makeHugeImagePdf(width: number, height: number): Uint8Array {
  return makeRawPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    PAGE_TREE,
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>",
    { dict: "", data: latin1("q 612 0 0 792 0 0 cm /Im0 Do Q") },
    { dict: `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`, data: deflateSync(Buffer.alloc(1024)) },
  ]);
}

/** A page dictionary holding an array nested `depth` deep: [[[[…]]]]. */
export function makeDeeplyNestedPdf(depth: number): Uint8Array {
  return makeRawPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    PAGE_TREE,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Nest ${"[".repeat(depth)}${"]".repeat(depth)} >>`,
    { dict: "", data: latin1("BT /F1 12 Tf 72 720 Td (nested) Tj ET") },
  ]);
}

/**
 * A pathological Type 3 font: one glyph drawn with `pathOps` line segments, shown `glyphs` times. Its text
 * ("ggg…") reads at once; drawing the page costs pathOps × glyphs segments (100 000 × 2 000: minutes).
 */
export function makeType3FontBombPdf(pathOps: number, glyphs: number): Uint8Array {
  const segments = Array.from({ length: pathOps }, (_, i) => `${i % 1000} ${(i * 7) % 1000} m ${(i * 13) % 1000} ${(i * 3) % 1000} l`);
  const glyph = `1000 0 0 0 1000 1000 d1\n${segments.join(" ")} S`;
  return makeRawPdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    PAGE_TREE,
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /T3 5 0 R >> >> /Contents 4 0 R >>",
    { dict: "/Filter /FlateDecode", data: deflateSync(latin1(`BT /T3 12 Tf 20 700 Td <${"01".repeat(glyphs)}> Tj ET`)) },
    "<< /Type /Font /Subtype /Type3 /FontBBox [0 0 1000 1000] /FontMatrix [0.001 0 0 0.001 0 0] /CharProcs << /g 6 0 R >> " +
      "/Encoding << /Type /Encoding /Differences [1 /g] >> /FirstChar 1 /LastChar 1 /Widths [1000] >>",
    { dict: "/Filter /FlateDecode", data: deflateSync(latin1(glyph)) },
  ]);
}

/** A DOCX whose document.xml really inflates to `inflatedBytes` of spaces (not just a lying header). */
export function makeDocxBomb(inflatedBytes: number): Uint8Array {
  return makeZip([
    { name: "[Content_Types].xml", data: DOCX_CONTENT_TYPES, deflate: true },
    { name: "_rels/.rels", data: DOCX_RELS, deflate: true },
    { name: "word/document.xml", data: "", deflated: { ...repeatedDeflate(0x20, wholeMebibytes(inflatedBytes)), size: inflatedBytes } },
  ]);
}

// ---------- Outlook messages (issue 14) ----------

export interface MsgSpec {
  subject: string;
  from: { name: string; email: string };
  to: { name: string; email: string; cc?: boolean }[];
  body?: string;
  html?: string;
  date?: Date;
  attachments?: { name: string; data: Uint8Array; hidden?: boolean }[];
}

/**
 * An Outlook .msg (MS-OXMSG): a compound file holding the message's properties as `__substg1.0_<tag><type>`
 * streams, recipients and attachments in storages of their own, fixed-size ones in `__properties_version1.0`.
 */
export async function makeMsg(spec: MsgSpec): Promise<Uint8Array> {
  const { burn } = await import("@kenjiuno/msgreader/lib/Burner.js");
  const utf16 = (s: string) => new Uint8Array(Buffer.from(s, "utf16le"));
  /** A property stream: `header` bytes, then 16-byte entries (tag, flags, 8 bytes of value). */
  const properties = (header: number, entries: [tag: number, value: Buffer][]) => {
    const out = Buffer.alloc(header + 16 * entries.length);
    entries.forEach(([tag, value], i) => {
      out.writeUInt32LE(tag, header + 16 * i);
      out.writeUInt32LE(6, header + 16 * i + 4); // readable, writable
      value.copy(out, header + 16 * i + 8);
    });
    return new Uint8Array(out);
  };
  const long = (n: number) => {
    const b = Buffer.alloc(8);
    b.writeUInt32LE(n);
    return b;
  };
  const fileTime = (d: Date) => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE((BigInt(d.getTime()) + 11_644_473_600_000n) * 10_000n);
    return b;
  };

  type Node = { name: string; data?: Uint8Array; children?: Node[] };
  const doc = (name: string, data: Uint8Array): Node => ({ name, data });
  const str = (tag: string, value: string) => doc(`__substg1.0_${tag}001F`, utf16(value));
  const root: Node[] = [
    str("0037", spec.subject),
    str("0C1A", spec.from.name),
    str("0C1F", spec.from.email),
    str("5D01", spec.from.email),
    doc("__properties_version1.0", properties(32, spec.date ? [[0x00390040, fileTime(spec.date)]] : [])),
  ];
  if (spec.body !== undefined) root.push(str("1000", spec.body));
  if (spec.html !== undefined) root.push(str("1013", spec.html));
  spec.to.forEach((r, i) =>
    root.push({
      name: `__recip_version1.0_#${i.toString(16).toUpperCase().padStart(8, "0")}`,
      children: [str("3001", r.name), str("3003", r.email), doc("__properties_version1.0", properties(8, [[0x0c150003, long(r.cc ? 2 : 1)]]))],
    }),
  );
  (spec.attachments ?? []).forEach((a, i) =>
    root.push({
      name: `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, "0")}`,
      children: [
        str("3707", a.name),
        doc("__substg1.0_37010102", a.data),
        doc("__properties_version1.0", properties(8, [[0x37050003, long(1)], ...(a.hidden ? [[0x7ffe000b, long(1)] as [number, Buffer]] : [])])),
      ],
    }),
  );

  // Flattened for the burner: each storage lists the indices of its children.
  const entries: { name: string; type: number; length: number; binaryProvider?: () => Uint8Array; children?: number[] }[] = [];
  const add = (node: Node, type: number): number => {
    const index = entries.length;
    if (node.children) {
      entries.push({ name: node.name, type, length: 0, children: [] });
      for (const child of node.children) entries[index]!.children!.push(add(child, child.children ? 1 : 2));
    } else {
      entries.push({ name: node.name, type, length: node.data!.length, binaryProvider: () => node.data! });
    }
    return index;
  };
  add({ name: "Root Entry", children: root }, 5);
  return burn(entries);
}

// ---------- Legacy Excel (.xls, issue 14) ----------

/** A cell: text, a number, or a formula with the result Excel would have cached. */
export type XlsCell = string | number | null | { formula: string; value: string | number } | { date: number; format: string };

export interface XlsSheet {
  name: string;
  rows?: XlsCell[][];
  hidden?: boolean;
  /** `rows` × `cols` cells of `text` ("x" if not given) after the given rows (a sheet over the cell bound). */
  fill?: { rows: number; cols: number; text?: string };
}

/** Reads the sheets as JSON on stdin and writes them with Spreadsheet::WriteExcel (numbers from JSON numbers, text from strings). */
const WRITE_XLS = String.raw`
use strict; use warnings;
use JSON::PP; use Spreadsheet::WriteExcel;
local $/; my $spec = JSON::PP->new->utf8->decode(<STDIN>);
my $book = Spreadsheet::WriteExcel->new($ARGV[0]) or die "cannot write $ARGV[0]: $!";
for my $s (@{$spec->{sheets}}) {
  my $sheet = $book->add_worksheet($s->{name});
  my $r = 0;
  for my $row (@{$s->{rows} // []}) {
    my $c = 0;
    for my $cell (@$row) {
      if (!defined $cell) {}
      elsif (ref $cell eq 'HASH' && exists $cell->{formula}) { $sheet->write_formula($r, $c, $cell->{formula}, undef, $cell->{value}); }
      elsif (ref $cell eq 'HASH') { $sheet->write_number($r, $c, $cell->{date}, $book->add_format(num_format => $cell->{format})); }
      elsif (B::svref_2object(\$cell)->FLAGS & (B::SVp_IOK() | B::SVp_NOK())) { $sheet->write_number($r, $c, $cell); }
      else { $sheet->write_string($r, $c, $cell); }
      $c++;
    }
    $r++;
  }
  if (my $f = $s->{fill}) { for my $i (0 .. $f->{rows} - 1) { $sheet->write_string($r + $i, $_, $f->{text} // 'x') for 0 .. $f->{cols} - 1; } }
  $sheet->hide() if $s->{hidden};
}
$book->close() or die "cannot close: $!";
`;

/**
 * A real .xls (BIFF8) written by Spreadsheet::WriteExcel (Debian libspreadsheet-writeexcel-perl), an
 * independent writer: the reader is never tested against files of its own making.
 */
export async function makeXls(sheets: readonly XlsSheet[]): Promise<Uint8Array> {
  const { execFileSync } = await import("node:child_process");
  const { mkdtempSync, readFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const dir = mkdtempSync(join(tmpdir(), "docscan-xls-"));
  try {
    const path = join(dir, "book.xls");
    execFileSync("perl", ["-MB", "-e", WRITE_XLS, path], { input: JSON.stringify({ sheets }), stdio: ["pipe", "ignore", "pipe"] });
    return new Uint8Array(readFileSync(path));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A .xls written by Python's xlwt (Debian python3-xlwt), which stores numbers as RK and MULRK records
 * where they fit (Spreadsheet::WriteExcel writes every number as a full double): one sheet of `rows`.
 */
export async function makeXlsRk(name: string, rows: readonly (readonly (number | string)[])[]): Promise<Uint8Array> {
  const { execFileSync } = await import("node:child_process");
  const script = [
    "import json, sys, xlwt",
    "spec = json.load(sys.stdin)",
    "book = xlwt.Workbook()",
    "sheet = book.add_sheet(spec['name'])",
    "for r, row in enumerate(spec['rows']):",
    "    for c, v in enumerate(row): sheet.write(r, c, v)",
    "book.save(sys.stdout.buffer)",
  ].join("\n");
  // Debian's interpreter, where python3-xlwt lives (not a python3 some version manager puts first on PATH).
  return new Uint8Array(execFileSync("/usr/bin/python3", ["-c", script], { input: JSON.stringify({ name, rows }), stdio: ["pipe", "pipe", "pipe"] }));
}
