import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SNIFF_BYTES, sniffBytes, sniffFile } from "../src/sniff.ts";
import * as fx from "../src/testing.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("sniffBytes: binary signatures", () => {
  it.each([
    ["application/pdf", ".pdf", fx.makePdf(["hello"])],
    ["image/png", ".png", fx.makePng()],
    ["image/jpeg", ".jpg", fx.makeJpeg()],
    ["image/gif", ".gif", fx.makeGif()],
    ["image/bmp", ".bmp", fx.makeBmp()],
    ["image/webp", ".webp", fx.makeWebp()],
    ["image/tiff", ".tif", fx.makeTiff("II")],
    ["image/tiff", ".tif", fx.makeTiff("MM")],
    [DOCX, ".docx", fx.makeDocx()],
    ["application/vnd.oasis.opendocument.text", ".odt", fx.makeOdt()],
  ])("%s (%s)", async (mime, ext, bytes) => {
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime, ext });
  });

  it("finds DOCX from the head when [Content_Types].xml is beyond it", async () => {
    const docx = fx.makeDocxContentTypesLast();
    expect(docx.length).toBeGreaterThan(4100);
    expect(await sniffBytes(docx.subarray(0, 4100))).toMatchObject({ ok: true, mime: DOCX });
  });

  it("rejects a plain zip, even one holding a PDF", async () => {
    expect(await sniffBytes(fx.makePlainZip())).toEqual({
      ok: false,
      mime: "application/zip",
      reason: "unsupported file type: application/zip",
    });
  });

  it("rejects other binary types by the name file-type gives", async () => {
    const gzip = new Uint8Array([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 3, ...fx.noise(64)]);
    expect(await sniffBytes(gzip)).toMatchObject({ ok: false, mime: "application/gzip" });
  });

  it("rejects unknown binary", async () => {
    const bytes = new Uint8Array([0x00, 0x13, 0x37, 0x00, ...fx.noise(500)]);
    expect(await sniffBytes(bytes)).toEqual({ ok: false, mime: null, reason: "unsupported file type: unknown binary" });
  });

  it("does not take text starting with BM or GIF for an image", async () => {
    expect(await sniffBytes(utf8("BMW service record\nOil changed at 40,000 km.\n"))).toMatchObject({ ok: true, mime: "text/plain" });
    expect(await sniffBytes(utf8("GIFs are not documents\n"))).toMatchObject({ ok: true, mime: "text/plain" });
  });

  it("says an empty file is empty", async () => {
    expect(await sniffBytes(new Uint8Array())).toEqual({ ok: false, mime: null, reason: "empty file" });
  });
});

describe("sniffBytes: text", () => {
  it.each([
    ["UTF-8", utf8("Invoice 42 — total €12,50\nThank you.\n")],
    ["UTF-8 with BOM", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Grüße aus Köln\n")])],
    ["UTF-16 LE with BOM", fx.utf16("Grüße aus Köln\r\nZeile zwei\r\n", "le")],
    ["UTF-16 BE with BOM", fx.utf16("Grüße aus Köln\r\nZeile zwei\r\n", "be")],
    ["Latin-1", latin1("Facture n° 7 : réglée à Besançon, déjà payée.\n")],
    ["windows-1252 with curly quotes", new Uint8Array([0x93, ...latin1("quoted"), 0x94, 0x20, 0x80, 0x35, 0x0a])],
  ])("%s is text/plain", async (_, bytes) => {
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime: "text/plain", ext: ".txt" });
  });

  it("accepts UTF-8 cut in the middle of a character at the end of the head", async () => {
    const bytes = utf8("é".repeat(3000));
    expect(await sniffBytes(bytes.subarray(0, 4099))).toMatchObject({ ok: true, mime: "text/plain" });
  });

  it("rejects mostly-control bytes without NULs as binary", async () => {
    const bytes = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(await sniffBytes(bytes)).toMatchObject({ ok: false, mime: null });
  });
});

describe("sniffBytes: markup", () => {
  // Web pages are read for their visible text; downloads are attachments with nosniff and a sandboxing CSP.
  it.each([
    ["HTML named like a PDF", "<!DOCTYPE html><script>fetch('/api/documents')</script>"],
    ["lower-case doctype after BOM and whitespace", "\ufeff  \n<!doctype html>\n<p>hi</p>"],
    ["bare script", "<script>alert(1)</script>"],
    ["body after a comment", "<!-- saved from url=(0014)about:internet -->\n<BODY onload=alert(1)>"],
    ["iframe", "<iframe src=javascript:alert(1)>"],
    ["unterminated leading comment", "<!-- " + "x".repeat(100)],
    ["XHTML", '<?xml version="1.0"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x">\n<html xmlns="http://www.w3.org/1999/xhtml"/>'],
  ])("HTML: %s", async (_, source) => {
    expect(await sniffBytes(utf8(source))).toEqual({ ok: true, mime: "text/html", ext: ".html" });
  });

  it.each([
    ["SVG with script", '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', "image/svg+xml"],
    ["SVG after an XML declaration and comment", '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: x -->\n<svg onload="alert(1)"/>', "image/svg+xml"],
    ["SVG behind a doctype with an internal subset", '<?xml version="1.0"?><!DOCTYPE svg [ <!ENTITY a "b"> ]><svg/>', "image/svg+xml"],
    ["generic XML", '<?xml version="1.0"?>\n<invoice><total>12</total></invoice>', "application/xml"],
    ["XML without a declaration", '<note xmlns="urn:x"><to>Tove</to></note>', "application/xml"],
  ])("%s", async (_, source, mime) => {
    expect(await sniffBytes(utf8(source))).toEqual({ ok: false, mime, reason: `unsupported file type: ${mime}` });
  });

  it("HTML in UTF-16", async () => {
    expect(await sniffBytes(fx.utf16("<html><script>alert(1)</script></html>", "le"))).toMatchObject({ ok: true, mime: "text/html" });
  });

  it("accepts text that merely mentions tags later on", async () => {
    expect(await sniffBytes(utf8("Notes on HTML:\nuse <script> sparingly.\n"))).toMatchObject({ ok: true, mime: "text/plain" });
  });
});

describe("sniffFile", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "docscan-sniff-"));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  it("reads only the head of a large file", async () => {
    const path = join(dir, "big.pdf");
    const pdf = fx.makePdf(["x"]);
    await writeFile(path, Buffer.concat([pdf, Buffer.alloc(SNIFF_BYTES * 3)]));
    expect(await sniffFile(path)).toMatchObject({ ok: true, mime: "application/pdf" });
  });

  it("ignores the extension", async () => {
    const path = join(dir, "invoice.pdf");
    await writeFile(path, "<!DOCTYPE html><script>alert(1)</script>");
    expect(await sniffFile(path)).toMatchObject({ ok: true, mime: "text/html" });
  });

  it("reports an empty file", async () => {
    const path = join(dir, "empty.txt");
    await writeFile(path, "");
    expect(await sniffFile(path)).toEqual({ ok: false, mime: null, reason: "empty file" });
  });

  it("keeps SNIFF_BYTES at least what file-type needs", () => {
    expect(SNIFF_BYTES).toBeGreaterThanOrEqual(4100);
  });
});
