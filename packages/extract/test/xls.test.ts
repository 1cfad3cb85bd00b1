// Legacy Excel (.xls, BIFF8 in a compound file), typed from the bytes and read per sheet. The files are
// written by independent writers: Spreadsheet::WriteExcel (Perl) and xlwt (Python, for RK/MULRK numbers).
import { describe, expect, it } from "vitest";
import { ExtractionError, extractText } from "../src/index.ts";
import { sniffBytes, SNIFF_BYTES } from "../src/sniff.ts";
import { makeMsg, makeXls, makeXlsRk } from "../src/testing.ts";
import { CompoundFile } from "../src/formats/cfb.ts";
import { MAX_CELLS } from "../src/formats/xlsx.ts";

const XLS = "application/vnd.ms-excel";

/** The record types of a workbook stream, in order (to show a fixture holds what a test is about). */
function recordTypes(bytes: Uint8Array): number[] {
  const stream = new CompoundFile(bytes, "test").rootStream(["Workbook"])!;
  const types: number[] = [];
  for (let at = 0; at + 4 <= stream.length; at += 4 + (stream[at + 2]! | (stream[at + 3]! << 8))) types.push(stream[at]! | (stream[at + 1]! << 8));
  return types;
}

/** Where the workbook stream's first BOF record sits in the file (WriteExcel writes the stream in one run). */
const bofAt = (bytes: Uint8Array) => Buffer.from(bytes).indexOf(Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]));

describe("XLS", () => {
  it("cell text per sheet under its name: shared strings in any script, numbers, cached formula results, dates, empty and hidden sheets", async () => {
    const bytes = await makeXls([
      {
        name: "Rechnungen 2026",
        rows: [
          ["Kunde", "Betrag", "Notiz"],
          ["Müller & Söhne", 1234.5, "ä € 東京"],
          ["Kredit", -250, 0.1 + 0.2],
          [{ formula: '="Summe "&"netto"', value: "Summe netto" }, { formula: "=B2+B3", value: 984.5 }, { date: 46_027, format: "dd.mm.yyyy" }],
          [null, 123_456_789_012, -0.000125],
        ],
      },
      { name: "Leer" },
      { name: "Versteckt", hidden: true, rows: [["geheim", 7]] },
    ]);
    const types = recordTypes(bytes);
    expect(types).toContain(0x00fd); // LABELSST
    expect(types).toContain(0x0207); // STRING, a formula's cached text
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime: XLS, ext: ".xls" });
    const result = await extractText(bytes, XLS);
    expect(result.pages.map((p) => p.text)).toEqual([
      "Sheet: Rechnungen 2026\nKunde\tBetrag\tNotiz\nMüller & Söhne\t1234.5\tä € 東京\nKredit\t-250\t0.3\nSumme netto\t984.5\t2026-01-05\n\t123456789012\t-0.000125",
      "Sheet: Leer",
      "Sheet: Versteckt\ngeheim\t7",
    ]);
  });

  it("numbers stored as RK and MULRK (integers, hundredths, decimals) and as full doubles", async () => {
    const bytes = await makeXlsRk("Zahlen", [
      [1, 2, -7, 12.25, 0.1, 1234567.89, 1e300],
      ["gap", 42, "", 3.5],
    ]);
    const types = recordTypes(bytes);
    expect(types).toContain(0x00bd); // MULRK
    expect(types).toContain(0x027e); // RK
    expect(types).toContain(0x0203); // NUMBER
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime: XLS, ext: ".xls" });
    const { text } = await extractText(bytes, XLS);
    expect(text).toBe("Sheet: Zahlen\n1\t2\t-7\t12.25\t0.1\t1234567.89\t1e+300\ngap\t42\t\t3.5");
  });

  it("shared strings that cross CONTINUE records, one broken in the middle of its characters", async () => {
    const many = Array.from({ length: 400 }, (_, i) => `Zeile ${i} — Grüße aus Köln`);
    const long = "長い文字列".repeat(1200) + " Ende"; // 6 005 characters, 12 010 bytes in UTF-16: more than a record holds
    const latin = "ä".repeat(9000); // compressed, and longer than a record too
    const bytes = await makeXls([{ name: "Lang", rows: [...many.map((s) => [s]), [long], [latin]] }]);
    expect(recordTypes(bytes).filter((t) => t === 0x003c).length).toBeGreaterThan(2);
    const { text } = await extractText(bytes, XLS);
    expect(text).toBe(["Sheet: Lang", ...many, long, latin].join("\n"));
  });

  it("a sheet over the cell bound is cut with a note, and a later sheet only names itself; the type still comes from the head", async () => {
    const bytes = await makeXls([
      { name: "Groß", fill: { rows: 800, cols: 256 } },
      { name: "Danach", rows: [["nicht gelesen"]] },
    ]);
    // The directory is written after the data, far beyond the head: the workbook's BOF says what it is.
    expect(bytes.length).toBeGreaterThan(SNIFF_BYTES);
    expect(await sniffBytes(bytes.subarray(0, SNIFF_BYTES))).toEqual({ ok: true, mime: XLS, ext: ".xls" });
    const result = await extractText(bytes, XLS);
    const note = `[docscan read the first ${MAX_CELLS} cells of this workbook]`;
    expect(result.pages[0]!.text.startsWith("Sheet: Groß\nx\tx")).toBe(true);
    expect(result.pages[0]!.text.endsWith(note)).toBe(true);
    expect(result.pages[0]!.text.split("x").length - 1).toBe(MAX_CELLS);
    expect(result.pages[1]!.text).toBe(`Sheet: Danach\n\n${note}`); // as XLSX writes it
  });

  it("one long shared string in every cell is cut at the text limit, not built in full", async () => {
    // 50 000 cells × 30 000 characters would be a billion and a half characters, more than a string can hold.
    const long = "Lorem ipsum ".repeat(2500);
    const bytes = await makeXls([{ name: "Wiederholt", fill: { rows: 200, cols: 250, text: long } }]);
    const result = await extractText(bytes, XLS, { limits: { maxTextChars: 1_000_000 } });
    expect(result.text.length).toBeLessThan(1_000_200);
    expect(result.text).toContain("[docscan kept the first 1000000 characters of this document's text (MAX_TEXT_CHARS)]");
  });

  it("an encrypted workbook (FILEPASS) fails as encrypted", async () => {
    const bytes = await makeXls([{ name: "S", rows: [["secret"]] }]);
    const at = bofAt(bytes);
    expect(at).toBeGreaterThan(0);
    // The record after the BOF becomes a FILEPASS, as Excel writes one when a password is set.
    const locked = bytes.slice();
    locked.set([0x2f, 0x00], at + 20);
    const error = await extractText(locked, XLS).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ExtractionError", code: "encrypted", message: "the spreadsheet is encrypted" });
  });

  it("truncated, damaged and looping files end as corrupt with a reason, quickly", async () => {
    const bytes = await makeXls([{ name: "S", rows: [["a", 1]] }]);
    const fail = (b: Uint8Array) => extractText(b, XLS).catch((e: unknown) => e);
    const expectCorrupt = async (b: Uint8Array, reason: RegExp) => {
      const error = await fail(b);
      expect(error).toBeInstanceOf(ExtractionError);
      expect(error).toMatchObject({ code: "corrupt", message: expect.stringMatching(reason) });
    };

    await expectCorrupt(bytes.slice(0, 1024), /^could not read the Excel workbook: /);
    // A compound file's header over garbage.
    const garbage = new Uint8Array(8192).map((_, i) => (i * 7919) & 0xff);
    garbage.set(bytes.subarray(0, 512));
    await expectCorrupt(garbage, /^could not read the Excel workbook: /);
    // The allocation table made to point each sector at itself: a loop, not a hang.
    const looping = bytes.slice();
    const view = new DataView(looping.buffer);
    const fatSector = view.getUint32(76, true);
    for (let i = 0; i < 128; i++) view.setUint32((fatSector + 1) * 512 + i * 4, i, true);
    await expectCorrupt(looping, /chain loops/);
    // A record whose length runs past the end of the workbook stream.
    const long = bytes.slice();
    long.set([0xff, 0x7f], bofAt(bytes) + 22);
    await expectCorrupt(long, /runs past the end of the workbook stream/);
    // Two sheets that claim the same records (each would read them again).
    const twice = await makeXls([{ name: "A", rows: [["a"]] }, { name: "B", rows: [["b"]] }]);
    const stream = new CompoundFile(twice, "test").rootStream(["Workbook"])!;
    const sheets: number[] = [];
    for (let at = 0; at + 4 <= stream.length; at += 4 + (stream[at + 2]! | (stream[at + 3]! << 8))) if ((stream[at]! | (stream[at + 1]! << 8)) === 0x0085) sheets.push(at);
    expect(sheets).toHaveLength(2);
    const overlapping = twice.slice();
    overlapping.set(twice.subarray(bofAt(twice) + sheets[0]! + 4, bofAt(twice) + sheets[0]! + 8), bofAt(twice) + sheets[1]! + 4);
    await expectCorrupt(overlapping, /two of its sheets start at the same record/);
  });
  it("mutated workbooks (header, records, directory) are read or fail as an ExtractionError, nothing else", async () => {
    const source = await makeXls([
      { name: "A", rows: [["ä € 東京", 1.5, { formula: '="x"&"y"', value: "xy" }], [{ date: 46_000, format: "yyyy-mm-dd hh:mm" }]] },
      { name: "B", hidden: true, rows: [["b".repeat(9000)]] },
    ]);
    const bof = bofAt(source);
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) & 0x7fffffff) / 0x7fffffff;
    const outcomes = new Set<string>();
    for (let i = 0; i < 600; i++) {
      const bytes = source.slice();
      for (let k = 0; k < 1 + Math.floor(random() * 8); k++) {
        const zone = random();
        // The header, the workbook stream, or the directory and allocation table WriteExcel writes at the end.
        const at = zone < 0.2 ? Math.floor(random() * 512) : zone < 0.8 ? bof + Math.floor(random() * 4096) : bytes.length - 1 - Math.floor(random() * 1536);
        bytes[at] = random() < 0.3 ? 0xff : Math.floor(random() * 256);
      }
      const error = await extractText(bytes, XLS).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (error !== undefined) expect(error).toBeInstanceOf(ExtractionError);
      outcomes.add(error instanceof ExtractionError ? error.code : "read");
    }
    expect([...outcomes].sort()).toEqual(expect.arrayContaining(["corrupt", "read"]));
  });
});

describe("compound files: which is which", () => {
  it("a workbook, an Outlook message and a Word document are told apart by their streams; Word stays refused", async () => {
    const { burn } = await import("@kenjiuno/msgreader/lib/Burner.js");
    const cfb = (name: string, data: Uint8Array) =>
      burn([
        { name: "Root Entry", type: 5, length: 0, children: [1] },
        { name, type: 2, length: data.length, binaryProvider: () => data },
      ]);
    const biff5 = new Uint8Array(4096);
    biff5.set([0x09, 0x08, 0x08, 0x00, 0x00, 0x05, 0x05, 0x00]);
    expect(await sniffBytes(cfb("Workbook", new Uint8Array(4096)))).toEqual({ ok: true, mime: XLS, ext: ".xls" });
    expect(await sniffBytes(cfb("Book", biff5))).toEqual({ ok: true, mime: XLS, ext: ".xls" });
    expect(await sniffBytes(await makeMsg({ subject: "Hi", from: { name: "A", email: "a@example.com" }, to: [] }))).toMatchObject({ ok: true, mime: "application/vnd.ms-outlook" });
    expect(await sniffBytes(cfb("WordDocument", new Uint8Array(4096)))).toEqual({ ok: false, mime: "application/x-cfb", reason: "unsupported file type: application/x-cfb" });

    // Excel 5.0/95 (a "Book" stream, BIFF5) is named for what it is, not read.
    const error = await extractText(cfb("Book", biff5), XLS).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "unsupported", message: expect.stringContaining("Excel 5.0/95") });
    // Read as a workbook anyway (a Word file whose directory the head did not reach): named for what it is.
    const word = await extractText(cfb("WordDocument", new Uint8Array(4096)), XLS).catch((e: unknown) => e);
    expect(word).toMatchObject({ code: "unsupported", message: expect.stringContaining("Word document (.doc)") });
  });
});
