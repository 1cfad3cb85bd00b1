// Finds user-visible English left outside the message catalogues (ADR 0037): JSX text with letters, and string
// literals given to the attributes a person reads or hears (aria-label, title, placeholder, alt, label). Parsed
// with the TypeScript compiler, so comments, class names and code are never mistaken for text.
import ts from "typescript";

/** Attributes whose value is read out or shown. */
const TEXT_ATTRIBUTES = new Set(["aria-label", "title", "placeholder", "alt", "label"]);

/**
 * Words that are the same in every language; a text made only of these (and punctuation) needs no catalogue.
 * Keep this short: a word here is never asked about again.
 * - "docscan": the product's name.
 * - "j", "k", "x", "e", "a", "r", "Enter", "Esc": keyboard keys, as printed on the key ("/" and "?" have no letters).
 * - "HTTP", "TLS", "OCR", "LLM", "API", "URL", "CSV", "PDF", "KB", "MB", "GB", "ms": abbreviations and units German writes alike.
 * - "USD", "EUR", "CHF": currency codes (ISO 4217), e.g. an amount field's placeholder.
 */
export const SAME_IN_EVERY_LANGUAGE = new Set([
  "docscan",
  "j", "k", "x", "e", "a", "r", "Enter", "Esc",
  "HTTP", "TLS", "OCR", "LLM", "API", "URL", "CSV", "PDF", "KB", "MB", "GB", "ms",
  "USD", "EUR", "CHF",
]);

/** Elements whose text is code or a key, never prose: `<code>Authorization: Bearer …</code>`, `<kbd>j</kbd>`. */
const CODE_ELEMENTS = new Set(["code", "kbd", "samp"]);

/** One token with a dot or a scheme and no spaces: a URL, a host name or a file extension given as an example. */
const TECHNICAL = /^\S*(\.|:\/\/)\S*$/;

export interface Finding {
  file: string;
  line: number;
  text: string;
}

function needsTranslation(text: string): boolean {
  const words = text.match(/\p{L}+/gu);
  if (!words || TECHNICAL.test(text.trim())) return false;
  return words.some((w) => !SAME_IN_EVERY_LANGUAGE.has(w));
}

function insideCode(node: ts.Node): boolean {
  const parent = node.parent;
  return ts.isJsxElement(parent) && CODE_ELEMENTS.has(parent.openingElement.tagName.getText());
}

/** The literal texts an expression can evaluate to directly (both sides of `?:`, the fallback of `??`/`||`, `&&`'s result). */
function literalTexts(expr: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) return literalTexts(expr.expression);
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr];
  if (ts.isTemplateExpression(expr)) return [expr.head, ...expr.templateSpans.map((s) => s.literal)];
  if (ts.isConditionalExpression(expr)) return [...literalTexts(expr.whenTrue), ...literalTexts(expr.whenFalse)];
  if (ts.isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.AmpersandAmpersandToken) return literalTexts(expr.right);
    if (op === ts.SyntaxKind.PlusToken) return [...literalTexts(expr.left), ...literalTexts(expr.right)];
  }
  return [];
}

function textOf(node: ts.Node, source: ts.SourceFile): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) return node.text;
  return node.getText(source);
}

function isDefineMessagesCall(node: ts.Node): boolean {
  return ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "defineMessages";
}

/** Every untranslated text in one TSX module. */
export function findUntranslated(file: string, code: string): Finding[] {
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const findings: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!needsTranslation(text)) return;
    findings.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: text.trim().replace(/\s+/g, " ") });
  };
  const visit = (node: ts.Node): void => {
    if (isDefineMessagesCall(node)) return; // the catalogue itself
    if (ts.isJsxText(node)) {
      if (!insideCode(node)) report(node, node.text);
    }
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      // A child like {busy ? "Saving…" : "Save"} is JSX text too.
      for (const literal of literalTexts(node.expression)) report(literal, textOf(literal, source));
    } else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer;
      if (ts.isStringLiteral(init)) report(init, init.text);
      else if (ts.isJsxExpression(init) && init.expression) for (const literal of literalTexts(init.expression)) report(literal, textOf(literal, source));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return findings;
}
