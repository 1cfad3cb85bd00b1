// Web pages: the visible text only. Scripts, styles, images and forms are dropped; nothing is fetched
// (html-to-text only walks the parsed tree). Links keep their words, not their addresses.
import { convert, type HtmlToTextOptions } from "html-to-text";
import { decodeText } from "../encoding.ts";
import { cleanText } from "../normalise.ts";
import { buildResult, textPage } from "../pages.ts";
import type { ExtractResult } from "../types.ts";

const OPTIONS: HtmlToTextOptions = {
  wordwrap: false,
  // Deeper nesting than this is cut (a hostile page of a million nested divs); longer input is cut too.
  limits: { maxDepth: 200, maxInputLength: 16 * 1024 * 1024, ellipsis: "…" },
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "script", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "noscript", format: "skip" },
    { selector: "template", format: "skip" },
    { selector: "svg", format: "skip" },
    { selector: "form", format: "skip" },
    { selector: "h1", options: { uppercase: false } },
    { selector: "h2", options: { uppercase: false } },
    { selector: "h3", options: { uppercase: false } },
    { selector: "h4", options: { uppercase: false } },
    { selector: "h5", options: { uppercase: false } },
    { selector: "h6", options: { uppercase: false } },
    { selector: "table", format: "dataTable", options: { uppercaseHeaderCells: false } },
  ],
};

/** HTML as text, in the page's order (used for web pages and HTML-only e-mail). */
export function htmlToText(html: string): string {
  return cleanText(convert(withoutDeepTags(html), OPTIONS));
}

/** Elements that never have content, so never nest. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
/** Far beyond the depth html-to-text reads (maxDepth above), far below where parsing slows down. */
const PARSE_DEPTH = 1000;

/**
 * The page with the tags nested deeper than PARSE_DEPTH taken out (their text stays). htmlparser2 keeps its stack
 * of open elements with `unshift`, so a page of 100 000 nested elements took 30 s and more to parse, although
 * html-to-text reads only 200 levels of it. Counted roughly (implied closes not known): a page of many unclosed
 * elements may lose some tags past the bound, never text.
 */
export function withoutDeepTags(html: string, max = PARSE_DEPTH): string {
  let depth = 0;
  let kept = 0;
  const parts: string[] = [];
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*>/g)) {
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || m[0].endsWith("/>")) continue;
    const closing = m[1] === "/";
    if (!closing) depth++;
    if (depth > max) {
      parts.push(html.slice(kept, m.index));
      kept = m.index! + m[0].length;
    }
    if (closing) depth = Math.max(0, depth - 1);
  }
  return kept === 0 ? html : parts.join("") + html.slice(kept);
}

export async function extractHtml(bytes: Uint8Array): Promise<ExtractResult> {
  return buildResult([textPage(htmlToText(decodeText(bytes).text))]);
}
