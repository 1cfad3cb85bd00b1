// Every text of the console goes through a message catalogue (ADR 0037): this fails, naming file and line, on
// English left in JSX or in the attributes a person reads (see untranslated.ts for what counts and the exceptions).
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, test } from "vitest";
import { findUntranslated } from "./untranslated.ts";

const SRC = join(import.meta.dirname, "../src");

test("finds JSX text and text attributes outside defineMessages(), not the catalogue, code or the allowed words", () => {
  const code = `
    const messages = defineMessages({ en: { save: "Save" }, de: { save: "Speichern" } });
    export function Form({ busy, n }: { busy: boolean; n: number }) {
      const m = useMessages(messages);
      return (
        <form aria-label="Sign in" className="form-grid" data-testid="login">
          <h2>Welcome back</h2>
          <input placeholder={busy ? "Wait" : m.save} title={\`\${n} files\`} type="email" />
          <img alt="" src="/x.svg" />
          <button aria-label={m.save}>{busy ? "Saving…" : m.save}</button>
          <kbd>/</kbd> <kbd>Enter</kbd> <span>docscan</span> <span>{n} · {n}</span> <span>{n} ms · HTTP {n}</span>
          <p>Send <code>Authorization: Bearer token</code> as a header</p>
          <input placeholder="https://example.com/hook" title="docscan home" />
          <option label={n > 1 ? "Many" : "One"} value="many" />
        </form>
      );
    }`;
  expect(findUntranslated("Form.tsx", code).map((f) => `${f.line}: ${f.text}`)).toEqual([
    "6: Sign in",
    "7: Welcome back",
    "8: Wait",
    "8: files",
    "10: Saving…",
    "12: Send",
    "12: as a header",
    "13: docscan home",
    "14: Many",
    "14: One",
  ]);
});

test("no untranslated text in apps/web/src", () => {
  const files = readdirSync(SRC, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".tsx")).sort();
  expect(files.length).toBeGreaterThan(50);
  const findings = files.flatMap((f) => findUntranslated(relative(join(SRC, ".."), join(SRC, f)), readFileSync(join(SRC, f), "utf8")));
  expect(findings.map((f) => `${f.file}:${f.line}: ${f.text}`)).toEqual([]);
});
