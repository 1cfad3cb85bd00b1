// The office-XML tokenizer (src/xml.ts) on well-formed and hostile markup, directly and through real DOCX/ODT files.
// Hostile inputs used to backtrack cubically (a 5 kB DOCX took seconds, 50 kB about an hour) with the worker
// frozen; these must finish or fail cleanly within the per-test timeout (which vitest also enforces on work
// that never yields: a test finishing late still fails).
import { describe, expect, it } from "vitest";
import { ExtractionError, extractText } from "../src/index.ts";
import * as fx from "../src/testing.ts";
import { TextLayout, xmlTokens, type XmlToken } from "../src/xml.ts";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const ODT = "application/vnd.oasis.opendocument.text";
const HOSTILE = { timeout: 60_000 }; // milliseconds now, hours before the fix; room for a loaded CI machine

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (...runs: string[]) => `<w:p>${runs.join("")}</w:p>`;
const pageBreak = '<w:r><w:br w:type="page"/></w:r>';

/** A DOCX whose word/document.xml is exactly `xml` (makeDocx always closes the body, so it cannot end mid-tag). */
function rawDocx(xml: string): Uint8Array {
  return fx.makeZip([
    { name: "mimetype", data: DOCX },
    { name: "word/document.xml", data: xml, deflate: true },
  ]);
}

/** An ODT whose content.xml is exactly `xml`. */
function rawOdt(xml: string): Uint8Array {
  return fx.makeZip([
    { name: "mimetype", data: ODT },
    { name: "content.xml", data: xml, deflate: true },
  ]);
}

const tokens = (xml: string): XmlToken[] => [...xmlTokens(xml)];
const count = (xml: string): number => {
  let n = 0;
  for (const _ of xmlTokens(xml)) n++;
  return n;
};

describe("xmlTokens on well-formed markup (the same tokens as the regex tokenizer it replaces)", () => {
  it("tags with attributes, self-closing tags, close tags and decoded text", () => {
    expect(tokens('<?xml version="1.0"?><w:p a="1" b=\'2\'><w:br/><w:t xml:space="preserve">A &amp; B &#x20AC;&#8364;</w:t></w:p>')).toEqual([
      { kind: "open", name: "w:p", attrs: " a=\"1\" b='2'", empty: false },
      { kind: "open", name: "w:br", attrs: "", empty: true },
      { kind: "open", name: "w:t", attrs: ' xml:space="preserve"', empty: false },
      { kind: "text", text: "A & B €€" },
      { kind: "close", name: "w:t" },
      { kind: "close", name: "w:p" },
    ]);
    expect(tokens('<text:s text:c="3" />')).toEqual([{ kind: "open", name: "text:s", attrs: ' text:c="3" ', empty: true }]);
  });

  it("skips comments, processing instructions and declarations; CDATA is text as written", () => {
    expect(tokens('<!DOCTYPE x><p>a<!-- b > c <d> -->e<?pi f > g?><![CDATA[<h> &amp; ]]>i<!---->j</p>')).toEqual([
      { kind: "open", name: "p", attrs: "", empty: false },
      { kind: "text", text: "a" },
      { kind: "text", text: "e" },
      { kind: "text", text: " g?>" }, // a processing instruction ends at its first `>`, as before
      { kind: "text", text: "<h> &amp; " },
      { kind: "text", text: "i" },
      { kind: "text", text: "j" },
      { kind: "close", name: "p" },
    ]);
  });

  it("ends a tag at the first `>` outside quoted attribute values (the regex ended it at any `>`)", () => {
    expect(tokens(`<a href="x?a>b" title='1 > 0'/>t<b c=">">u</b>`)).toEqual([
      { kind: "open", name: "a", attrs: ` href="x?a>b" title='1 > 0'`, empty: true },
      { kind: "text", text: "t" },
      { kind: "open", name: "b", attrs: ' c=">"', empty: false },
      { kind: "text", text: "u" },
      { kind: "close", name: "b" },
    ]);
  });
});

describe("xmlTokens on malformed markup", () => {
  it("drops a `<` that starts no tag and reads on as text, as before", () => {
    expect(tokens("a<ab<ab")).toEqual([
      { kind: "text", text: "a" },
      { kind: "text", text: "ab" },
      { kind: "text", text: "ab" },
    ]);
    expect(tokens("x < y</>z<")).toEqual([
      { kind: "text", text: "x " },
      { kind: "text", text: " y" },
      { kind: "text", text: "/>z" },
    ]);
    // Unterminated comment, CDATA and declaration without any `>`: the `<` goes, the rest is text.
    expect(tokens("<!-- open")).toEqual([{ kind: "text", text: "!-- open" }]);
    expect(tokens("<![CDATA[ open")).toEqual([{ kind: "text", text: "![CDATA[ open" }]);
  });

  it("falls back to the first `>` when a tag's quotes do not pair up", () => {
    expect(tokens('<a b="x>y')).toEqual([
      { kind: "open", name: "a", attrs: ' b="x', empty: false },
      { kind: "text", text: "y" },
    ]);
    expect(tokens('<a b="x>" <c d="e">f')).toEqual([
      { kind: "open", name: "a", attrs: ' b="x', empty: false },
      { kind: "text", text: '" ' },
      { kind: "open", name: "c", attrs: ' d="e"', empty: false },
      { kind: "text", text: "f" },
    ]);
  });

  it("takes time in proportion to the input, whatever it is", HOSTILE, () => {
    const n = 200_000;
    expect(count(`<w:t>x</w:t>${"<ab".repeat(n)}`)).toBe(n + 3);
    expect(count("<!--".repeat(n))).toBe(n);
    expect(count("<![CDATA[".repeat(n))).toBe(n);
    expect(count("<?".repeat(n))).toBe(n);
    expect(count("</".repeat(n))).toBe(n);
    expect(count(`${"<ab".repeat(n)}>`)).toBe(1);
    expect(count('<a b="x>'.repeat(n))).toBe(n);
    expect(count(`${'<a b=">" c="x"'.repeat(n)} d="<"`)).toBe(2 * n + 1);
  });
});

describe("hostile office documents", () => {
  it("a DOCX whose document.xml ends in 20 000 unclosed `<ab` extracts the text before them", HOSTILE, async () => {
    const xml = `<?xml version="1.0"?><w:document ${W}><w:body>${para(run("Before the junk"))}${"<ab".repeat(20_000)}`;
    const result = await extractText(rawDocx(xml), DOCX);
    expect(result.pages.map((page) => page.text)).toEqual(["Before the junk"]);
  });

  it("the same inside an open w:t, and in an ODT", HOSTILE, async () => {
    const docx = `<w:document ${W}><w:body><w:p><w:r><w:t>kept ${"<ab".repeat(20_000)}`;
    expect((await extractText(rawDocx(docx), DOCX)).text).toBe(`kept ${"ab".repeat(20_000)}`);
    const odt = `<office:document-content><office:body><office:text><text:p>Before the junk</text:p>${"<ab".repeat(20_000)}`;
    expect((await extractText(rawOdt(odt), ODT)).text).toBe("Before the junk");
  });

  it("ODT attribute values with `>` do not leak into the text", async () => {
    const result = await extractText(fx.makeOdt('<text:p>See <text:a xlink:href="https://x.test/?a>b">the link</text:a>.</text:p>'), ODT);
    expect(result.text).toBe("See the link.");
  });

  it("many page breaks stay linear: 200 000 on blank pages, and 5 000 real pages", HOSTILE, async () => {
    const blank = await extractText(fx.makeDocx(`${para(pageBreak).repeat(200_000)}${para(run("at last"))}`), DOCX);
    expect(blank.pages.map((page) => page.text)).toEqual(["at last"]);

    const pages = Array.from({ length: 5000 }, (_, i) => para(i > 0 ? pageBreak : "", run(`page ${i + 1}`))).join("");
    const result = await extractText(fx.makeDocx(pages), DOCX);
    expect(result.pageCount).toBe(5000);
    expect(result.pages[4999]!.text).toBe("page 5000");

    const layout = new TextLayout();
    for (let i = 0; i < 200_000; i++) {
      layout.newline();
      layout.pageBreak();
    }
    layout.text("x");
    expect(layout.result()).toHaveLength(1);
  });
});

describe("long office documents give way to the budget", () => {
  // 400 000 paragraphs: a few hundred milliseconds of tokens, far beyond the pauses every 25 ms.
  const big = () => fx.makeDocx(para(run("x")).repeat(400_000));

  it("the document timeout ends a DOCX with the usual limit error", async () => {
    const error = await extractText(big(), DOCX, { limits: { documentTimeoutMs: 1 } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error).toMatchObject({ code: "limit", message: "extraction took longer than 1 ms (DOCUMENT_TIMEOUT_MS)" });
  });

  it("the caller's signal stops an ODT (its timers run while the document is read)", async () => {
    const odt = fx.makeOdt("<text:p>x</text:p>".repeat(600_000));
    const controller = new AbortController();
    const stop = new Error("stopped by the caller");
    setTimeout(() => controller.abort(stop), 5);
    await expect(extractText(odt, ODT, { signal: controller.signal })).rejects.toBe(stop);
  });
});
