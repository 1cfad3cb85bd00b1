// Spreadsheets (XLSX) and presentations (PPTX), typed from the zip's parts, with their hostile cases.
import { describe, expect, it } from "vitest";
import { extractText } from "../src/index.ts";
import { sniffBytes } from "../src/sniff.ts";
import { makeZip } from "../src/testing.ts";
import { MAX_CELLS } from "../src/formats/xlsx.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
const rel = (id: string, target: string) => `<Relationship Id="${id}" Type="x" Target="${target}"/>`;
const rels = (...items: string[]) => `<?xml version="1.0"?><Relationships>${items.join("")}</Relationships>`;

function workbook(sheets: { name: string; xml: string }[], shared: string[] = []): Uint8Array {
  return makeZip([
    { name: "xl/workbook.xml", data: `<workbook><sheets>${sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`, deflate: true },
    { name: "xl/_rels/workbook.xml.rels", data: rels(...sheets.map((_, i) => rel(`rId${i + 1}`, `worksheets/sheet${i + 1}.xml`))), deflate: true },
    { name: "xl/sharedStrings.xml", data: `<sst>${shared.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`, deflate: true },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml, deflate: true })),
  ]);
}

describe("XLSX", () => {
  it("cell text per sheet, sheet names first, in the workbook's order", async () => {
    const bytes = workbook(
      [
        { name: "Invoices", xml: `<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>ACME &amp; Co</t></is></c><c r="B2"><v>1234.5</v></c><c r="C2" t="b"><v>1</v></c></row></sheetData></worksheet>` },
        { name: "Notes", xml: `<worksheet><sheetData><row r="1"><c r="A1" t="str"><v>Paid in March</v></c></row></sheetData></worksheet>` },
      ],
      ["Customer", "Total"],
    );
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime: XLSX, ext: ".xlsx" });
    const result = await extractText(bytes, XLSX);
    expect(result.pages.map((p) => p.text)).toEqual(["Sheet: Invoices\nCustomer\tTotal\nACME & Co\t1234.5\tTRUE", "Sheet: Notes\nPaid in March"]);
  });

  it("a sheet of a million cells is cut at the cell bound, with a note, quickly", async () => {
    const rows = Array.from({ length: 10_000 }, (_, r) => `<row r="${r + 1}">${'<c t="inlineStr"><is><t>x</t></is></c>'.repeat(100)}</row>`).join("");
    const started = Date.now();
    const result = await extractText(workbook([{ name: "Big", xml: `<worksheet><sheetData>${rows}</sheetData></worksheet>` }]), XLSX);
    expect(result.text).toContain(`[docscan read the first ${MAX_CELLS} cells of this workbook]`);
    expect(result.text.split("\n").length).toBeLessThan(MAX_CELLS / 100 + 10);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it("a zip bomb inside ends on the zip limit", async () => {
    const declared = makeZip([
      { name: "xl/workbook.xml", data: `<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>` },
      { name: "xl/_rels/workbook.xml.rels", data: rels(rel("rId1", "worksheets/sheet1.xml")) },
      { name: "xl/worksheets/sheet1.xml", data: "<worksheet/>", deflate: true, declaredSize: 300 * 1024 * 1024 },
    ]);
    const error = await extractText(declared, XLSX).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ExtractionError", code: "limit" });
  });
});

describe("PPTX", () => {
  it("slide text and speaker notes, in the presentation's order (not the file names')", async () => {
    const slide = (lines: string[]) => `<p:sld><p:cSld><p:spTree><p:sp><p:txBody>${lines.map((l) => `<a:p><a:r><a:t>${l}</a:t></a:r></a:p>`).join("")}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
    const bytes = makeZip([
      { name: "ppt/presentation.xml", data: `<p:presentation><p:sldIdLst><p:sldId id="256" r:id="rId2"/><p:sldId id="257" r:id="rId1"/></p:sldIdLst></p:presentation>`, deflate: true },
      { name: "ppt/_rels/presentation.xml.rels", data: rels(rel("rId1", "slides/slide1.xml"), rel("rId2", "slides/slide2.xml")), deflate: true },
      { name: "ppt/slides/slide1.xml", data: slide(["Second slide", "Budget 2026"]), deflate: true },
      { name: "ppt/slides/slide2.xml", data: slide(["Opening", "Agenda"]), deflate: true },
      { name: "ppt/slides/_rels/slide2.xml.rels", data: rels(rel("rId9", "../notesSlides/notesSlide7.xml")) },
      { name: "ppt/notesSlides/notesSlide7.xml", data: `<p:notes>${slide(["Greet the board"])}</p:notes>` },
    ]);
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime: PPTX, ext: ".pptx" });
    const result = await extractText(bytes, PPTX);
    expect(result.pages.map((p) => p.text)).toEqual(["Opening\nAgenda\n\nNotes:\nGreet the board", "Second slide\nBudget 2026"]);
  });
});

const ODF_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"';
const odf = (mimetype: string, body: string) =>
  makeZip([
    { name: "mimetype", data: mimetype },
    { name: "content.xml", data: `<?xml version="1.0"?><office:document-content ${ODF_NS}><office:body>${body}</office:body></office:document-content>`, deflate: true },
  ]);

describe("ODS and ODP", () => {
  it("ODS: cell text per sheet under its name; a repeated empty row costs nothing", async () => {
    const mime = "application/vnd.oasis.opendocument.spreadsheet";
    const row = (...cells: string[]) => `<table:table-row>${cells.map((c) => `<table:table-cell><text:p>${c}</text:p></table:table-cell>`).join("")}</table:table-row>`;
    const bytes = odf(
      mime,
      `<office:spreadsheet><table:table table:name="Budget">${row("Item", "Cost")}${row("Rent", "900")}<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table><table:table table:name="Other">${row("Note")}</table:table></office:spreadsheet>`,
    );
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime, ext: ".ods" });
    const result = await extractText(bytes, mime);
    expect(result.pages.map((p) => p.text)).toEqual(["Sheet: Budget\nItem\tCost\nRent\t900", "Sheet: Other\nNote"]);
  });

  it("ODP: a page per slide, with its notes", async () => {
    const mime = "application/vnd.oasis.opendocument.presentation";
    const bytes = odf(
      mime,
      `<office:presentation><draw:page draw:name="page1"><draw:frame><draw:text-box><text:p>Welcome</text:p><text:p>Agenda</text:p></draw:text-box></draw:frame><presentation:notes><draw:frame><draw:text-box><text:p>Smile</text:p></draw:text-box></draw:frame></presentation:notes></draw:page><draw:page draw:name="page2"><draw:frame><draw:text-box><text:p>Numbers</text:p></draw:text-box></draw:frame></draw:page></office:presentation>`,
    );
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime, ext: ".odp" });
    const result = await extractText(bytes, mime);
    expect(result.pages.map((p) => p.text)).toEqual(["Welcome\nAgenda\n\nNotes:\nSmile", "Numbers"]);
  });
});
