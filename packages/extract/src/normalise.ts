// Text clean-up shared by the format extractors.

// Postgres text columns reject NUL; other C0 controls (bar tab, LF, FF) are noise in extracted text.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\x00-\x08\x0b\x0e-\x1f\x7f]/g;

/** Unix line endings, no control characters; spacing left as written. */
export function cleanText(text: string): string {
  return text.replace(/\r\n?/g, "\n").replace(CONTROLS, "");
}

/** For text reassembled from positioned runs (PDF): single spaces, trimmed lines, at most one blank line. */
export function normaliseLayoutText(text: string): string {
  return cleanText(text)
    .replace(/[^\S\n]+/g, " ")
    .replace(/ ?\n ?/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** For text laid out from document markup (DOCX, ODT): tabs kept, no trailing spaces, at most one blank line. */
export function normaliseDocumentText(text: string): string {
  return cleanText(text)
    .replace(/[^\S\n\t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
