// Combining a page's text layer with OCR of the same page: only what the layer lacks is added, in reading order.

/** Lower-case words of two or more letters or digits; short ones are too often OCR noise to compare. */
function words(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
}

/**
 * OCR lines whose words are mostly missing from the layer (text inside images) are added to it; lines that
 * repeat the layer, even with a few misread words, are not. The OCR of the whole page reads top to bottom,
 * so the lines that repeat the layer place the new ones: text in a picture between two typed paragraphs
 * lands between them. Every layer line is kept, in its order.
 */
export function mergeOcrLines(layer: string, ocr: string): string {
  const known = new Set(words(layer));
  const layerLines = layer.split("\n");
  const layerWords = layerLines.map((line) => new Set(words(line)));
  const out: string[] = [];
  let next = 0; // the first layer line not yet written
  let fresh: string[] = [];
  const flush = () => {
    if (fresh.length === 0) return;
    out.push("", ...fresh, "");
    fresh = [];
  };
  for (const line of ocr.split("\n")) {
    const lineWords = words(line);
    const unknown = lineWords.filter((word) => !known.has(word)).length;
    if (unknown > 0 && unknown * 2 >= lineWords.length) {
      fresh.push(line);
      continue;
    }
    const anchor = matchingLine(layerWords, lineWords, next);
    if (anchor === -1) continue;
    flush();
    out.push(...layerLines.slice(next, anchor + 1));
    next = anchor + 1;
  }
  flush();
  out.push(...layerLines.slice(next));
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

/** The layer line from `from` on sharing most of an OCR line's words (at least half), or -1. */
function matchingLine(layerWords: readonly Set<string>[], lineWords: readonly string[], from: number): number {
  let best = -1;
  let bestShared = Math.max(1, Math.ceil(lineWords.length / 2)) - 1;
  for (let i = from; i < layerWords.length; i++) {
    const shared = lineWords.filter((word) => layerWords[i]!.has(word)).length;
    if (shared > bestShared) {
      best = i;
      bestShared = shared;
    }
  }
  return best;
}
