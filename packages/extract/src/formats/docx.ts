// Word (DOCX): body text from word/document.xml with tables, text boxes, headers, footers and notes.
// Pages follow the breaks Word recorded (explicit ones and w:lastRenderedPageBreak from its last layout).
import { ExtractionError } from "../errors.ts";
import { normaliseDocumentText } from "../normalise.ts";
import { buildResult, textPage, type ExtractContext } from "../pages.ts";
import type { ExtractResult } from "../types.ts";
import { attr, Pacer, TextLayout, xmlTokens } from "../xml.ts";
import { ZipReader } from "../zip.ts";

const LABEL = "Word document";

// Subtrees whose text is not document text: field codes, deleted revisions, the duplicate Fallback of
// mc:AlternateContent (text boxes appear in both branches), and embedded drawings' own XML.
const SKIP = new Set(["w:instrText", "w:delText", "mc:Fallback", "w:del"]);

export async function extractDocx(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractResult> {
  const zip = new ZipReader(bytes, LABEL);
  const pacer = new Pacer(ctx.budget);
  const main = await mainPart(zip, pacer);
  const body = zip.text(main);
  if (body === undefined) throw new ExtractionError("corrupt", `could not read ${LABEL}: it has no ${main}`);

  const parts = (pattern: RegExp) => zip.names().filter((name) => pattern.test(name)).sort();
  const extra = async (names: string[]) => {
    const texts: string[] = [];
    for (const name of names) texts.push((await layout(zip.text(name)!, pacer)).join("\n").trim());
    return texts.filter(Boolean);
  };
  const headers = [...new Set(await extra(parts(/^word\/header\d*\.xml$/)))];
  const trailing = [...new Set(await extra(parts(/^word\/(footer\d*|footnotes|endnotes)\.xml$/)))];

  const pages = (await layout(body, pacer)).map((page) => page.trim());
  if (headers.length) pages[0] = [...headers, pages[0]].filter(Boolean).join("\n\n");
  if (trailing.length) pages[pages.length - 1] = [pages[pages.length - 1], ...trailing].filter(Boolean).join("\n\n");
  return buildResult(pages.map((page) => textPage(normaliseDocumentText(page))));
}

/** The main part named by the package relationships; word/document.xml by convention. */
async function mainPart(zip: ZipReader, pacer: Pacer): Promise<string> {
  const rels = zip.text("_rels/.rels") ?? "";
  for (const token of xmlTokens(rels)) {
    if (pacer.due()) await pacer.pause();
    if (token.kind === "open" && token.name === "Relationship" && /\/officeDocument$/.test(attr(token.attrs, "Type") ?? "")) {
      const target = attr(token.attrs, "Target");
      if (target) return target.replace(/^\//, "");
    }
  }
  return "word/document.xml";
}

async function layout(xml: string, pacer: Pacer): Promise<string[]> {
  const out = new TextLayout();
  let skipping = 0;
  let inText = false;
  for (const token of xmlTokens(xml)) {
    if (pacer.due()) await pacer.pause();
    if (token.kind === "open" && SKIP.has(token.name)) {
      if (!token.empty) skipping++;
      continue;
    }
    if (token.kind === "close" && SKIP.has(token.name)) {
      skipping--;
      continue;
    }
    if (skipping > 0) continue;
    if (token.kind === "text") {
      if (inText) out.text(token.text);
    } else if (token.kind === "open") {
      if (token.name === "w:t") inText = !token.empty;
      else if (token.name === "w:tab" || token.name === "w:ptab") out.text("\t");
      else if (token.name === "w:cr") out.newline();
      else if (token.name === "w:noBreakHyphen") out.text("-");
      else if (token.name === "w:br") {
        if (attr(token.attrs, "w:type") === "page") out.pageBreak();
        else out.newline();
      } else if (token.name === "w:lastRenderedPageBreak") out.pageBreak();
    } else if (token.name === "w:t") inText = false;
    else if (token.name === "w:p") out.newline();
    else if (token.name === "w:tc") out.cell();
    else if (token.name === "w:tr") out.row();
  }
  return out.result();
}
