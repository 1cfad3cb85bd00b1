// What spreadsheets and presentations (OOXML) share: parts named by relationships, and text runs.
import { attr, xmlTokens, type Pacer } from "../xml.ts";
import type { ZipReader } from "../zip.ts";

/** Relationship id → part path, for the part `from` (e.g. "xl/workbook.xml"). */
export async function relationships(zip: ZipReader, from: string, pacer: Pacer): Promise<Map<string, string>> {
  const dir = from.slice(0, from.lastIndexOf("/") + 1);
  const rels = zip.text(`${dir}_rels/${from.slice(dir.length)}.rels`) ?? "";
  const map = new Map<string, string>();
  for (const token of xmlTokens(rels)) {
    if (pacer.due()) await pacer.pause();
    if (token.kind !== "open" || token.name !== "Relationship") continue;
    const id = attr(token.attrs, "Id");
    const target = attr(token.attrs, "Target");
    if (id && target) map.set(id, resolvePath(dir, target));
  }
  return map;
}

function resolvePath(dir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (dir + target).split("/");
  const out: string[] = [];
  for (const part of parts) {
    if (part === "..") out.pop();
    else if (part !== "." && part !== "") out.push(part);
  }
  return out.join("/");
}

/** The text of `<a:t>`/`<t>` runs, a line per paragraph (`<a:p>`). */
export async function paragraphs(xml: string, pacer: Pacer): Promise<string> {
  const lines: string[] = [];
  let line = "";
  let inText = false;
  for (const token of xmlTokens(xml)) {
    if (pacer.due()) await pacer.pause();
    if (token.kind === "open" && token.name === "a:t" && !token.empty) inText = true;
    else if (token.kind === "close" && token.name === "a:t") inText = false;
    else if (token.kind === "text" && inText) line += token.text;
    else if (token.kind === "close" && token.name === "a:p") {
      lines.push(line);
      line = "";
    } else if (token.kind === "open" && token.name === "a:br") line += "\n";
  }
  if (line) lines.push(line);
  return lines.join("\n");
}
