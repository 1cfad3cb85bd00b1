// Just enough XML for office documents: a tag/text tokenizer and a builder that lays text out in pages.
// No DTDs are read and no entities beyond the predefined ones are expanded (nothing for XXE or billion laughs).
// The tokenizer reads each character a bounded number of times: hostile markup costs time in proportion to its size.
import type { Budget } from "./limits.ts";

export type XmlToken =
  | { kind: "open"; name: string; attrs: string; empty: boolean }
  | { kind: "close"; name: string }
  | { kind: "text"; text: string };

/**
 * Tokens of `xml`, in one pass (each character is looked at a bounded number of times, whatever the input).
 * Comments, processing instructions and declarations (`<?…>`, `<!…>`) are skipped; CDATA is text, as is.
 * A tag ends at the first `>` outside quoted attribute values; where the quotes do not pair up (or hold a
 * `<`), at the first `>` after its name. A `<` that starts nothing (no name, or no `>` anywhere after it)
 * is dropped and what follows it is text.
 */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  const find = searches(xml);
  const length = xml.length;
  let pos = 0;
  while (pos < length) {
    if (xml.charCodeAt(pos) !== LT) {
      const end = find.lt.find(pos);
      const stop = end < 0 ? length : end;
      yield { kind: "text", text: decodeEntities(xml.slice(pos, stop)) };
      pos = stop;
      continue;
    }
    const next = xml.charCodeAt(pos + 1);
    if (next === BANG || next === QUESTION) {
      if (xml.startsWith("<!--", pos)) {
        const end = find.commentEnd.find(pos + 4);
        if (end >= 0) {
          pos = end + 3;
          continue;
        }
      } else if (xml.startsWith("<![CDATA[", pos)) {
        const end = find.cdataEnd.find(pos + 9);
        if (end >= 0) {
          yield { kind: "text", text: xml.slice(pos + 9, end) };
          pos = end + 3;
          continue;
        }
      }
      const end = find.gt.find(pos + 2);
      pos = end >= 0 ? end + 1 : pos + 1; // without a `>` the `<` is dropped
      continue;
    }
    const tag = readTag(xml, pos, find);
    if (tag === undefined) {
      pos++; // a stray `<`: dropped, and what follows is text
      continue;
    }
    yield tag.token;
    pos = tag.end + 1;
  }
}

const LT = 0x3c;
/** Sticky, one greedy character class: reads the name in one linear step, no backtracking. */
const NAME = /[^\s/>]*/y;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOT = 0x22;

/** One Search per needle the tokenizer looks for. */
function searches(xml: string) {
  const search = (needle: string) => new Search(xml, needle);
  return { lt: search("<"), gt: search(">"), quot: search('"'), apos: search("'"), commentEnd: search("-->"), cdataEnd: search("]]>") };
}

type Searches = ReturnType<typeof searches>;

/** `xml.indexOf(needle, from)`, remembering the last answer so that rising `from`s scan each character once. */
class Search {
  private from = Infinity;
  private at = -1;

  constructor(
    private readonly xml: string,
    private readonly needle: string,
  ) {}

  /** The first occurrence is the same for every `from` between the last query and its answer (or after it, if none). */
  find(from: number): number {
    if (from >= this.from && (this.at < 0 || from <= this.at)) return this.at;
    this.from = from;
    return (this.at = this.xml.indexOf(this.needle, from));
  }
}

/** The open or close tag whose `<` is at `start`, and the index of its `>`; undefined if there is none there. */
function readTag(xml: string, start: number, find: Searches): { token: XmlToken; end: number } | undefined {
  const close = xml.charCodeAt(start + 1) === SLASH;
  const nameStart = close ? start + 2 : start + 1;
  // The name runs to whitespace, `/` or `>`; without any `>` after it this is no tag, so do not even read it.
  const firstGt = find.gt.find(nameStart);
  if (firstGt < 0) return undefined;
  NAME.lastIndex = nameStart;
  NAME.test(xml);
  const nameEnd = NAME.lastIndex;
  if (nameEnd === nameStart) return undefined;
  const name = xml.slice(nameStart, nameEnd);
  const end = tagEnd(xml, nameEnd, firstGt, find);
  if (close) return { token: { kind: "close", name }, end };
  const empty = end > nameEnd && xml.charCodeAt(end - 1) === SLASH;
  return { token: { kind: "open", name, attrs: xml.slice(nameEnd, empty ? end - 1 : end), empty }, end };
}

/**
 * The `>` that ends a tag whose attributes start at `from`: the first one outside quoted values, as long as
 * every quote pairs up before the next `<`; otherwise `firstGt`, the first `>` at all. Everything it reads
 * past `firstGt` holds no `<`, so no later tag reads it again.
 */
function tagEnd(xml: string, from: number, firstGt: number, find: Searches): number {
  let at = from;
  for (;;) {
    const gt = find.gt.find(at);
    if (gt < 0) return firstGt;
    const quote = nearest(find.quot.find(at), find.apos.find(at));
    if (quote < 0 || gt < quote) {
      if (gt === firstGt) return gt;
      const lt = find.lt.find(at);
      return lt >= 0 && lt < gt ? firstGt : gt;
    }
    const lt = find.lt.find(at);
    if (lt >= 0 && lt < quote) return firstGt;
    const closing = (xml.charCodeAt(quote) === QUOT ? find.quot : find.apos).find(quote + 1);
    if (closing < 0 || (lt >= 0 && lt < closing)) return firstGt;
    at = closing + 1;
  }
}

function nearest(a: number, b: number): number {
  if (a < 0) return b;
  if (b < 0) return a;
  return Math.min(a, b);
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

/** Long synchronous work (a big part's tokens) yields this often, so timers, signals and other jobs get a turn. */
const SLICE_MS = 25;

/**
 * Paces a token loop: `if (pacer.due()) await pacer.pause();` per token. Every SLICE_MS it gives the event
 * loop a turn and then checks the budget, so the document timeout and the caller's abort end the loop with
 * the same errors as elsewhere (the budget's deadline is a timer, which cannot fire during synchronous work).
 */
export class Pacer {
  private count = 0;
  private since = performance.now();

  constructor(private readonly budget: Pick<Budget, "check">) {
    budget.check();
  }

  due(): boolean {
    return (++this.count & 1023) === 0 && performance.now() - this.since >= SLICE_MS;
  }

  async pause(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.budget.check();
    this.since = performance.now();
  }
}

/** Collects text with paragraph, tab, table and page structure; page breaks on an empty page are ignored. */
export class TextLayout {
  private readonly pages: string[][] = [[]];
  /** Whether the current page has anything but whitespace (so a page break need not look at it again). */
  private written = false;

  private get current(): string[] {
    return this.pages[this.pages.length - 1]!;
  }

  text(text: string): void {
    this.current.push(text);
    if (!this.written && /\S/.test(text)) this.written = true;
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
    if (!this.written) return;
    this.pages.push([]);
    this.written = false;
  }

  result(): string[] {
    return this.pages.map((page) => page.join(""));
  }

  private trimEnd(): void {
    const page = this.current;
    while (page.length > 0 && /^[\s]*$/.test(page[page.length - 1]!)) page.pop();
  }
}
