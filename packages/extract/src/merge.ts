// Combining a page's text layer with OCR of the same page: only what the layer lacks is added.

/** Lower-case words of two or more letters or digits; short ones are too often OCR noise to compare. */
function words(text: string): string[] {
  return text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]{2,}/gu) ?? [];
}

/**
 * OCR lines whose words are mostly missing from the layer (text inside images) are appended to it; lines
 * that repeat the layer, even with a few misread words, are not.
 */
export function mergeOcrLines(layer: string, ocr: string): string {
  const known = new Set(words(layer));
  const added = ocr.split("\n").filter((line) => {
    const lineWords = words(line);
    const fresh = lineWords.filter((word) => !known.has(word)).length;
    return fresh > 0 && fresh * 2 >= lineWords.length;
  });
  return added.length > 0 ? `${layer}\n\n${added.join("\n")}` : layer;
}
