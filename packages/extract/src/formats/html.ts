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
  return cleanText(convert(html, OPTIONS));
}

export async function extractHtml(bytes: Uint8Array): Promise<ExtractResult> {
  return buildResult([textPage(htmlToText(decodeText(bytes).text))]);
}
