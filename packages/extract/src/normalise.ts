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
  return cleanText(text).split("\n").map(trimSpacesEnd).join("\n").replace(/\n{3,}/g, "\n\n").trim();
}

/**
 * The line without trailing whitespace but tabs. (The regex /[^\S\n\t]+$/gm says the same, but retries
 * from every space of a long run that does not end the line: 40 000 spaces in a paragraph took seconds.)
 */
function trimSpacesEnd(line: string): string {
  let end = line.length;
  while (end > 0 && line[end - 1] !== "\t" && /\s/.test(line[end - 1]!)) end--;
  return line.slice(0, end);
}
