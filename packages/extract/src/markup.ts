// Recognises text a browser would render as a document and might run scripts in.
export type MarkupType = "text/html" | "image/svg+xml" | "application/xml";

// Tags the WHATWG MIME Sniffing standard treats as HTML, plus a few more that carry scripts.
const HTML_TAGS = new Set([
  "html", "head", "body", "script", "iframe", "h1", "div", "font", "table", "a", "style", "title", "b", "br", "p",
  "meta", "link", "object", "embed", "frameset", "img", "form", "base",
]);

/** Looks at the start of decoded text, after whitespace and comments. */
export function classifyMarkup(text: string): MarkupType | undefined {
  const s = skipMisc(text, false);
  if (s === undefined) return "text/html"; // an unterminated leading comment: browsers sniff "<!--" as HTML
  const lower = s.slice(0, 64).toLowerCase();
  if (lower.startsWith("<?xml")) return rootType(s) ?? "application/xml";
  if (/^<!doctype\s+html[\s>]/.test(lower)) return "text/html";
  if (lower.startsWith("<!doctype")) return rootType(s) ?? "application/xml";
  const tag = /^<([a-z_][\w.:-]*)[\s/>]/i.exec(s);
  if (!tag) return undefined;
  return elementType(tag[1]!);
}

function elementType(name: string): MarkupType {
  const local = name.toLowerCase().split(":").pop()!;
  if (local === "svg") return "image/svg+xml";
  return HTML_TAGS.has(local) ? "text/html" : "application/xml";
}

/** The root element of an XML document, read past the prolog; undefined if the head ends first. */
function rootType(text: string): MarkupType | undefined {
  const s = skipMisc(text, true);
  if (s === undefined) return undefined;
  const doctype = /^<!doctype\s+([\w.:-]+)/i.exec(s);
  if (doctype) {
    const type = elementType(doctype[1]!);
    if (type !== "application/xml") return type;
    return rootType(skipDoctype(s) ?? "");
  }
  const element = /^<([a-z_][\w.:-]*)/i.exec(s);
  return element ? elementType(element[1]!) : undefined;
}

/** Skips whitespace, comments and (in XML) processing instructions; undefined if one is unterminated. */
function skipMisc(text: string, xml: boolean): string | undefined {
  let s = text.replace(/^\ufeff/, "");
  for (;;) {
    s = s.trimStart();
    const close = s.startsWith("<!--") ? "-->" : xml && s.startsWith("<?") ? "?>" : undefined;
    if (!close) return s;
    const end = s.indexOf(close, 2);
    if (end === -1) return undefined;
    s = s.slice(end + close.length);
  }
}

function skipDoctype(s: string): string | undefined {
  const subset = s.indexOf("[");
  const close = s.indexOf(">");
  if (close === -1) return undefined;
  if (subset === -1 || subset > close) return s.slice(close + 1);
  const subsetEnd = s.indexOf("]", subset);
  const end = subsetEnd === -1 ? -1 : s.indexOf(">", subsetEnd);
  return end === -1 ? undefined : s.slice(end + 1);
}
