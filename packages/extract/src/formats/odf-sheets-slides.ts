// OpenDocument spreadsheets (ODS: a page per sheet, headed by its name, a line per row, cells tab-separated)
// and presentations (ODP: a page per slide, its text, then its speaker notes). Both from content.xml.
// Repeated rows and cells (table:number-rows-repeated) are written once: a repeat count costs nothing.
import { ExtractionError } from "../errors.ts";
import { normaliseDocumentText } from "../normalise.ts";
import { buildResult, textPage, type ExtractContext } from "../pages.ts";
import { pageLimitError } from "../limits.ts";
import type { ExtractResult } from "../types.ts";
import { attr, Pacer, xmlTokens } from "../xml.ts";
import { ZipReader } from "../zip.ts";
import { MAX_CELLS } from "./xlsx.ts";

interface Kind {
  label: string;
  page: string;
  name: string;
  heading: (name: string) => string;
}

const ODS: Kind = { label: "OpenDocument spreadsheet", page: "table:table", name: "table:name", heading: (name) => `Sheet: ${name}` };
const ODP: Kind = { label: "OpenDocument presentation", page: "draw:page", name: "draw:name", heading: () => "" };

export const extractOds = (bytes: Uint8Array, ctx: ExtractContext) => extractOdf(bytes, ctx, ODS);
export const extractOdp = (bytes: Uint8Array, ctx: ExtractContext) => extractOdf(bytes, ctx, ODP);

async function extractOdf(bytes: Uint8Array, ctx: ExtractContext, kind: Kind): Promise<ExtractResult> {
  const zip = new ZipReader(bytes, kind.label);
  const content = zip.text("content.xml");
  if (content === undefined) throw new ExtractionError("corrupt", `could not read ${kind.label}: it has no content.xml`);
  const pacer = new Pacer(ctx.budget);
  const pages: string[] = [];
  let text = "";
  let notes = "";
  let inPage = false;
  let inNotes = false;
  let paragraph = 0;
  let cells = MAX_CELLS;
  const write = (s: string) => {
    if (inNotes) notes += s;
    else text += s;
  };
  for (const token of xmlTokens(content)) {
    if (pacer.due()) await pacer.pause();
    if (token.kind === "open" && token.name === kind.page) {
      inPage = true;
      text = kind.heading(attr(token.attrs, kind.name) ?? "");
      text &&= `${text}\n`;
      notes = "";
      continue;
    }
    if (!inPage) continue;
    if (token.kind === "close" && token.name === kind.page) {
      inPage = false;
      const cut = cells <= 0 ? `\n[docscan read the first ${MAX_CELLS} cells of this spreadsheet]` : "";
      pages.push([text, notes.trim() && `Notes:\n${notes.trim()}`].filter(Boolean).join("\n\n") + cut);
      if (pages.length > ctx.limits.maxPages) throw pageLimitError(kind.label, pages.length, ctx.limits.maxPages);
      if (cells <= 0) break;
    } else if (token.kind === "open" && token.name === "presentation:notes" && !token.empty) inNotes = true;
    else if (token.kind === "close" && token.name === "presentation:notes") inNotes = false;
    else if (token.kind === "open" && (token.name === "text:p" || token.name === "text:h") && !token.empty) paragraph++;
    else if (token.kind === "close" && (token.name === "text:p" || token.name === "text:h")) {
      paragraph--;
      write("\n");
    } else if (token.kind === "text" && paragraph > 0) write(token.text.replace(/\s+/g, " "));
    else if (token.kind === "open" && token.name === "text:s") write(" ");
    else if (token.kind === "open" && token.name === "text:tab") write("\t");
    else if (token.kind === "close" && token.name === "table:table-cell") {
      text = text.replace(/\n$/, "") + "\t";
      cells--;
    } else if (token.kind === "close" && token.name === "table:table-row") text = text.replace(/\t+$/, "") + "\n";
  }
  return buildResult(pages.map((page) => textPage(normaliseDocumentText(page))));
}
