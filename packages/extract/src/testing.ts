// Fixture builders for tests across the monorepo (documents made in code, nothing committed).
// Fixtures built in code: a tiny PDF writer (optionally RC4-40 encrypted), a zip writer, image headers.
import { createHash } from "node:crypto";
import { crc32, deflateRawSync } from "node:zlib";

const latin1 = (s: string): Buffer => Buffer.from(s, "latin1");

// ---------- PDF ----------

export interface PdfOptions {
  /** Setting a user password makes a Standard security handler (V1/R2, RC4 40-bit) PDF. */
  userPassword?: string;
  ownerPassword?: string;
}

/** One entry per page; "\n" separates lines; an empty string makes a page with a drawing and no text. */
export function makePdf(pages: readonly string[], opts: PdfOptions = {}): Uint8Array {
  const objects: Buffer[] = [];
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(" ");
  objects.push(latin1("<< /Type /Catalog /Pages 2 0 R >>"));
  objects.push(latin1(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`));
  objects.push(latin1("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"));

  const id = createHash("md5").update(pages.join("\f")).digest();
  const crypt = opts.userPassword === undefined ? undefined : rc4Security(opts.userPassword, opts.ownerPassword ?? `${opts.userPassword}-owner`, id);

  pages.forEach((page, i) => {
    const contentNum = 5 + 2 * i;
    objects.push(
      latin1(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentNum} 0 R >>`,
      ),
    );
    let content = latin1(pageContent(page));
    if (crypt) content = crypt.encrypt(contentNum, content);
    objects.push(Buffer.concat([latin1(`<< /Length ${content.length} >>\nstream\n`), content, latin1("\nendstream")]));
  });
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

function pageContent(page: string): string {
  if (page === "") return "q 0.8 g 72 72 468 648 re f Q"; // a "scan": a grey box, no text layer
  const lines = page.split("\n").map((line) => `(${line.replace(/[\\()]/g, "\\$&")}) Tj 0 -16 Td`);
  return `BT /F1 12 Tf 72 720 Td ${lines.join(" ")} ET`;
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
}

export function makeZip(entries: readonly ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, "utf8");
    const raw = typeof entry.data === "string" ? Buffer.from(entry.data, "utf8") : Buffer.from(entry.data);
    const stored = entry.deflate ? deflateRawSync(raw) : raw;
    const method = entry.deflate ? 8 : 0;
    const crc = crc32(raw);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, stored);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(raw.length, 24);
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

/** Word's layout: [Content_Types].xml first, deflated. */
export function makeDocx(): Uint8Array {
  return makeZip([
    { name: "[Content_Types].xml", data: DOCX_CONTENT_TYPES, deflate: true },
    { name: "_rels/.rels", data: DOCX_RELS, deflate: true },
    { name: "word/document.xml", data: DOCX_DOCUMENT, deflate: true },
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

export function makeOdt(): Uint8Array {
  return makeZip([
    { name: "mimetype", data: "application/vnd.oasis.opendocument.text" },
    { name: "content.xml", data: `<?xml version="1.0"?><office:document-content/>`, deflate: true },
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
