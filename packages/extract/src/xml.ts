// Just enough XML for office documents: a tag/text tokenizer and a builder that lays text out in pages.
// No DTDs are read and no entities beyond the predefined ones are expanded (nothing for XXE or billion laughs).

export type XmlToken =
  | { kind: "open"; name: string; attrs: string; empty: boolean }
  | { kind: "close"; name: string }
  | { kind: "text"; text: string };

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|<(\/?)([^\s/>]+)([^>]*?)(\/?)>|([^<]+)/g;

export function* xmlTokens(xml: string): Generator<XmlToken> {
  for (const match of xml.matchAll(TOKEN)) {
    const [, cdata, slash, name, attrs, empty, text] = match;
    if (cdata !== undefined) yield { kind: "text", text: cdata };
    else if (text !== undefined) yield { kind: "text", text: decodeEntities(text) };
    else if (name === undefined) continue; // comment, processing instruction, doctype
    else if (slash) yield { kind: "close", name };
    else yield { kind: "open", name, attrs: attrs ?? "", empty: empty === "/" };
  }
}

export function attr(attrs: string, name: string): string | undefined {
  const match = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return match ? decodeEntities(match[1] ?? match[2] ?? "") : undefined;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== "#") return NAMED[ref] ?? whole;
    const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** Collects text with paragraph, tab, table and page structure; page breaks on an empty page are ignored. */
export class TextLayout {
  private readonly pages: string[][] = [[]];

  private get current(): string[] {
    return this.pages[this.pages.length - 1]!;
  }

  text(text: string): void {
    this.current.push(text);
  }

  /** End of a paragraph or line. */
  newline(): void {
    this.current.push("\n");
  }

  /** End of a table cell: cells of a row are separated by tabs. */
  cell(): void {
    this.trimEnd();
    this.current.push("\t");
  }

  /** End of a table row. */
  row(): void {
    this.trimEnd();
    this.current.push("\n");
  }

  pageBreak(): void {
    if (this.current.join("").trim() !== "") this.pages.push([]);
  }

  result(): string[] {
    return this.pages.map((page) => page.join(""));
  }

  private trimEnd(): void {
    const page = this.current;
    while (page.length > 0 && /^[\s]*$/.test(page[page.length - 1]!)) page.pop();
  }
}
