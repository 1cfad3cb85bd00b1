// The evaluation CLI's input files, validated with messages that point at the line.
import { z } from "zod";

export interface LabeledText {
  text: string;
  /** A topic name; null = belongs under no topic. */
  label: string | null;
  /** Optional: what sort of text it is (the abstention corpus marks "content-free:…" lines). */
  kind?: string;
}

const topicSchema = z.object({ name: z.string().trim().min(1), description: z.string().default("") });
const lineSchema = z.object({ text: z.string(), label: z.string().min(1).nullable(), kind: z.string().optional() });

/** A JSON array of `{ name, description }`. */
export function parseTopicsFile(json: string): { name: string; description: string }[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new SyntaxError(`topics file is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = z.array(topicSchema).min(1).safeParse(data);
  if (!parsed.success) throw new TypeError(`topics file: ${describe(parsed.error)}`);
  const names = new Set<string>();
  for (const t of parsed.data) {
    if (names.has(t.name)) throw new TypeError(`topics file: the name "${t.name}" is used twice`);
    names.add(t.name);
  }
  return parsed.data;
}

/** One `{ "text": "...", "label": "<topic name>" | null }` per line; blank lines are skipped. */
export function parseJsonl(text: string): LabeledText[] {
  const out: LabeledText[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (err) {
      throw new SyntaxError(`line ${i + 1}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const parsed = lineSchema.safeParse(data);
    if (!parsed.success) throw new TypeError(`line ${i + 1}: ${describe(parsed.error)}`);
    out.push(parsed.data);
  });
  return out;
}

/** One `{ "text": "..." }` per line (any other fields, a label included, are ignored); blank lines are skipped. */
export function parseUnlabelled(text: string): string[] {
  const schema = z.object({ text: z.string() });
  return text.split(/\r?\n/).flatMap((line, i) => {
    if (!line.trim()) return [];
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (err) {
      throw new SyntaxError(`line ${i + 1}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
    }
    const parsed = schema.safeParse(data);
    if (!parsed.success) throw new TypeError(`line ${i + 1}: ${describe(parsed.error)}`);
    return [parsed.data.text];
  });
}

function describe(error: z.ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.map((p) => (typeof p === "number" ? `[${p}]` : p)).join(".")}: ` : "") + issue.message)
    .join("; ");
}
