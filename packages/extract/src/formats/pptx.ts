// PowerPoint (PPTX): one page per slide, in the presentation's order: the slide's text, then its notes.
import { ExtractionError } from "../errors.ts";
import { normaliseDocumentText } from "../normalise.ts";
import { buildResult, textPage, type ExtractContext } from "../pages.ts";
import { pageLimitError } from "../limits.ts";
import type { ExtractResult } from "../types.ts";
import { attr, Pacer, xmlTokens } from "../xml.ts";
import { ZipReader } from "../zip.ts";
import { paragraphs, relationships } from "./ooxml-parts.ts";

const LABEL = "PowerPoint presentation";
const MAIN = "ppt/presentation.xml";

export async function extractPptx(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractResult> {
  const zip = new ZipReader(bytes, LABEL);
  const pacer = new Pacer(ctx.budget);
  const presentation = zip.text(MAIN);
  if (presentation === undefined) throw new ExtractionError("corrupt", `could not read ${LABEL}: it has no ${MAIN}`);
  const rels = await relationships(zip, MAIN, pacer);
  const slides: string[] = [];
  for (const token of xmlTokens(presentation)) {
    if (pacer.due()) await pacer.pause();
    if (token.kind !== "open" || token.name !== "p:sldId") continue;
    const target = rels.get(attr(token.attrs, "r:id") ?? "");
    if (target && zip.has(target)) slides.push(target);
  }
  if (slides.length > ctx.limits.maxPages) throw pageLimitError(LABEL, slides.length, ctx.limits.maxPages);
  const pages = [];
  for (const slide of slides) {
    const text = await paragraphs(zip.text(slide) ?? "", pacer);
    const notesPart = [...(await relationships(zip, slide, pacer)).values()].find((p) => /notesSlides\/[^/]+\.xml$/.test(p));
    // Notes repeat the slide number and title in placeholders; their body text is what the speaker wrote.
    const notes = notesPart ? (await paragraphs(zip.text(notesPart) ?? "", pacer)).trim() : "";
    pages.push(textPage(normaliseDocumentText([text, notes && `Notes:\n${notes}`].filter(Boolean).join("\n\n"))));
  }
  return buildResult(pages);
}
