// OpenDocument text (ODT): content.xml, plus the headers and footers of styles.xml's master pages.
// Pages follow the soft page breaks LibreOffice records from its last layout.
import { ExtractionError } from "../errors.ts";
import { normaliseDocumentText } from "../normalise.ts";
import { buildResult, textPage, type ExtractContext } from "../pages.ts";
import type { ExtractResult } from "../types.ts";
import { attr, Pacer, TextLayout, xmlTokens } from "../xml.ts";
import { ZipReader } from "../zip.ts";

const LABEL = "OpenDocument text";

// Not document text: comments, deleted revisions, footnote numbers, and the style definitions around headers.
const SKIP = new Set(["office:annotation", "text:tracked-changes", "text:note-citation", "office:automatic-styles", "office:font-face-decls"]);

export async function extractOdt(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractResult> {
  const zip = new ZipReader(bytes, LABEL);
  const content = zip.text("content.xml");
  if (content === undefined) throw new ExtractionError("corrupt", `could not read ${LABEL}: it has no content.xml`);
  const pacer = new Pacer(ctx.budget);
  const pages = await layout(content, pacer);
  const styles = zip.text("styles.xml");
  if (styles !== undefined) {
    const furniture = (await layout(styles, pacer, "style:master-page")).join("\n").trim();
    if (furniture) pages[0] = `${furniture}\n\n${pages[0]}`;
  }
  return buildResult(pages.map((page) => textPage(normaliseDocumentText(page))));
}

/** Text of the document, or only of the `within` elements (e.g. master pages in styles.xml). */
async function layout(xml: string, pacer: Pacer, within?: string): Promise<string[]> {
  const out = new TextLayout();
  let skipping = 0;
  let inside = within ? 0 : 1;
  let paragraph = 0;
  for (const token of xmlTokens(xml)) {
    if (pacer.due()) await pacer.pause();
    if (token.kind !== "text" && token.name === within) {
      inside += token.kind === "open" ? (token.empty ? 0 : 1) : -1;
      continue;
    }
    if (token.kind !== "text" && SKIP.has(token.name)) {
      if (token.kind === "close") skipping--;
      else if (!token.empty) skipping++;
      continue;
    }
    if (skipping > 0 || inside === 0) continue;
    if (token.kind === "text") {
      // Outside paragraphs whitespace is indentation; inside, runs collapse to one space (text:s spells out more).
      if (paragraph > 0) out.text(token.text.replace(/\s+/g, " "));
    } else if (token.kind === "open") {
      if ((token.name === "text:p" || token.name === "text:h") && !token.empty) paragraph++;
      else if (token.name === "text:s") out.text(" ".repeat(Math.min(100, Number(attr(token.attrs, "text:c") ?? 1) || 1)));
      else if (token.name === "text:tab") out.text("\t");
      else if (token.name === "text:line-break") out.newline();
      else if (token.name === "text:soft-page-break") out.pageBreak();
      else if (token.empty && (token.name === "text:p" || token.name === "text:h")) out.newline();
    } else if (token.name === "text:p" || token.name === "text:h") {
      paragraph--;
      out.newline();
    } else if (token.name === "table:table-cell") out.cell();
    else if (token.name === "table:table-row") out.row();
  }
  return out.result();
}
