// Rich Text Format: the text, paragraphs and tabs kept; font tables, styles, pictures and other
// destinations skipped. \'hh bytes are windows-1252 (the usual \ansicpg1252), \uN is Unicode.
import { decodeWindows1252 } from "../encoding.ts";
import { normaliseDocumentText } from "../normalise.ts";
import { buildResult, textPage, type ExtractContext } from "../pages.ts";
import type { ExtractResult } from "../types.ts";
import { Pacer } from "../xml.ts";

/** Groups whose content is not text. */
const SKIP = new Set(["fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer", "listtable", "listoverridetable", "rsidtbl", "generator", "themedata", "colorschememapping", "datastore", "latentstyles", "xmlnstbl", "fldinst"]);
const BREAKS: Record<string, string> = { par: "\n", line: "\n", tab: "\t", cell: "\t", row: "\n", page: "\n\n", sect: "\n\n", emdash: "—", endash: "–", bullet: "•", lquote: "‘", rquote: "’", ldblquote: "“", rdblquote: "”" };

export async function extractRtf(bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractResult> {
  const src = decodeWindows1252(bytes);
  const pacer = new Pacer(ctx.budget);
  const out: string[] = [];
  // Per group: skipping, and how many characters follow a \uN (\ucN) as its fallback.
  const stack: { skip: boolean; uc: number }[] = [];
  let state = { skip: false, uc: 1 };
  let fallback = 0; // characters still to drop after a \uN
  const emit = (s: string) => {
    if (fallback > 0) fallback--;
    else if (!state.skip) out.push(s);
  };
  const token = /\\([a-z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-f]{2})|\\([^a-z])|([{}])|([^\\{}\r\n]+)|[\r\n]+/gi;
  let n = 0;
  for (const m of src.matchAll(token)) {
    if ((++n & 1023) === 0 && pacer.due()) await pacer.pause();
    const [, word, param, hex, symbol, brace, text] = m;
    if (brace === "{") {
      stack.push(state);
      state = { ...state };
    } else if (brace === "}") {
      state = stack.pop() ?? state;
      fallback = 0;
    } else if (word) {
      if (SKIP.has(word)) state.skip = true;
      else if (word === "uc") state.uc = Number(param ?? 1);
      else if (word === "u") {
        if (!state.skip) out.push(String.fromCharCode((Number(param) + 65536) % 65536));
        fallback = state.uc;
      } else if (BREAKS[word]) emit(BREAKS[word]!);
    } else if (hex) emit(decodeWindows1252(new Uint8Array([parseInt(hex, 16)])));
    else if (symbol === "*") state.skip = true; // {\*\destination …}: optional, unknown to us
    else if (symbol === "~") emit("\u00a0");
    else if (symbol && "\\{}".includes(symbol)) emit(symbol);
    else if (text) {
      if (fallback > 0) {
        const dropped = Math.min(fallback, text.length);
        fallback -= dropped;
        if (!state.skip) out.push(text.slice(dropped));
      } else emit(text);
    }
  }
  return buildResult([textPage(normaliseDocumentText(out.join("")))]);
}
