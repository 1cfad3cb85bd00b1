// Excel (XLSX): one page per sheet, in the workbook's order, headed by the sheet's name; a line per row,
// cells separated by tabs. Shared strings and inline strings are text; numbers as stored. Bounded: after
// MAX_CELLS cells the rest is left out, with a note saying so.
import { ExtractionError } from "../errors.ts";
import { normaliseDocumentText } from "../normalise.ts";
import { buildResult, textPage, type ExtractContext } from "../pages.ts";
import { pageLimitError } from "../limits.ts";
import type { ExtractResult } from "../types.ts";
import { attr, Pacer, xmlTokens } from "../xml.ts";
import { ZipReader } from "../zip.ts";
import { relationships } from "./ooxml-parts.ts";

const LABEL = "Excel workbook";
const MAIN = "xl/workbook.xml";
/** Cells read per workbook (a sheet of a million cells is cut here, not read for minutes). */
export const MAX_CELLS = 200_000;

export async function extractXlsx(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractResult> {
  const zip = new ZipReader(bytes, LABEL);
  const pacer = new Pacer(ctx.budget);
  const workbook = zip.text(MAIN);
  if (workbook === undefined) throw new ExtractionError("corrupt", `could not read ${LABEL}: it has no ${MAIN}`);
  const rels = await relationships(zip, MAIN, pacer);
  const sheets: { name: string; part: string }[] = [];
  for (const token of xmlTokens(workbook)) {
    if (pacer.due()) await pacer.pause();
    if (token.kind !== "open" || token.name !== "sheet") continue;
    const part = rels.get(attr(token.attrs, "r:id") ?? "");
    if (part && zip.has(part)) sheets.push({ name: attr(token.attrs, "name") ?? "", part });
  }
  if (sheets.length > ctx.limits.maxPages) throw pageLimitError(LABEL, sheets.length, ctx.limits.maxPages);
  const strings = await sharedStrings(zip.text("xl/sharedStrings.xml") ?? "", pacer);
  const budget = { cells: MAX_CELLS };
  const pages = [];
  for (const sheet of sheets) {
    const rows = budget.cells > 0 ? await sheetRows(zip.text(sheet.part) ?? "", strings, budget, pacer) : "";
    const cut = budget.cells <= 0 ? `\n[docscan read the first ${MAX_CELLS} cells of this workbook]` : "";
    pages.push(textPage(normaliseDocumentText(`Sheet: ${sheet.name}\n${rows}${cut}`)));
  }
  return buildResult(pages);
}

async function sharedStrings(xml: string, pacer: Pacer): Promise<string[]> {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  for (const token of xmlTokens(xml)) {
    if (pacer.due()) await pacer.pause();
    if (token.kind === "open" && token.name === "si") current = token.empty ? (strings.push(""), null) : "";
    else if (token.kind === "close" && token.name === "si") {
      strings.push(current ?? "");
      current = null;
    } else if (token.kind === "open" && token.name === "t" && !token.empty) inText = true;
    else if (token.kind === "close" && token.name === "t") inText = false;
    else if (token.kind === "open" && token.name === "rPh" && !token.empty) inText = false; // phonetic hints
    else if (token.kind === "text" && inText && current !== null) current += token.text;
  }
  return strings;
}

async function sheetRows(xml: string, strings: readonly string[], budget: { cells: number }, pacer: Pacer): Promise<string> {
  const lines: string[] = [];
  let row: string[] = [];
  let type = "";
  let value = "";
  let reading: "v" | "t" | null = null;
  for (const token of xmlTokens(xml)) {
    if (pacer.due()) await pacer.pause();
    if (token.kind === "open" && token.name === "c") {
      type = attr(token.attrs, "t") ?? "n";
      value = "";
      if (token.empty) row.push("");
    } else if (token.kind === "open" && (token.name === "v" || token.name === "t") && !token.empty) reading = token.name;
    else if (token.kind === "close" && (token.name === "v" || token.name === "t")) reading = null;
    else if (token.kind === "text" && reading) value += token.text;
    else if (token.kind === "close" && token.name === "c") {
      row.push(type === "s" ? (strings[Number(value)] ?? "") : type === "b" ? (value === "1" ? "TRUE" : "FALSE") : value);
      if (--budget.cells <= 0) break;
    } else if (token.kind === "close" && token.name === "row") {
      lines.push(row.join("\t").replace(/\t+$/, ""));
      row = [];
    }
  }
  if (row.length) lines.push(row.join("\t"));
  return lines.filter((line) => line.trim()).join("\n");
}
