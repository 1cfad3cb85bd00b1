// Argument parsing and progress output of `pnpm docscan seed`.
import { parseArgs } from "node:util";
import { SEARCH_LANGUAGES, type SearchLanguage } from "@docscan/shared";
import type { CliEnv } from "./env.ts";
import { DEFAULT_SEED_URL, seed, type SeedProgress } from "./seed.ts";

export const SEED_USAGE = `  pnpm docscan seed --documents N [--url URL] [--reset] [--topics 15] [--owners 5] [--language simple] [--seed 42]
      Fills a database with N realistic fake documents (rows only, no stored files) for benchmarks.
      URL defaults to ${DEFAULT_SEED_URL} (never DATABASE_URL: this is not for a database in use);
      the database is created and migrated when missing. --reset drops and recreates it first (required
      when it has documents); it refuses a database with accounts that can sign in.`;

function whole(name: string, raw: string | undefined, fallback: number): number {
  const n = raw === undefined ? fallback : Number(raw.replaceAll("_", ""));
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
  return n;
}

const rate = (n: number, ms: number) => `${Math.round(n / Math.max(ms / 1000, 0.001)).toLocaleString("en")}/s`;

export async function runSeed(args: string[], _env: CliEnv): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      documents: { type: "string" },
      url: { type: "string" },
      reset: { type: "boolean", default: false },
      topics: { type: "string" },
      owners: { type: "string" },
      language: { type: "string", default: "simple" },
      seed: { type: "string" },
    },
  });
  if (values.documents === undefined) {
    process.stderr.write(`usage:\n${SEED_USAGE}\n`);
    return 1;
  }
  if (!SEARCH_LANGUAGES.includes(values.language as SearchLanguage)) throw new Error(`--language must be one of ${SEARCH_LANGUAGES.join(", ")}`);
  const url = values.url ?? DEFAULT_SEED_URL;
  const documents = whole("documents", values.documents, 0);
  const shown = new URL(url);
  shown.password = shown.password ? "***" : "";
  process.stderr.write(`seeding ${documents.toLocaleString("en")} documents into ${shown.toString()}\n`);
  let lastPhase = "";
  const summary = await seed({
    url,
    documents,
    reset: values.reset,
    topics: whole("topics", values.topics, 15),
    owners: whole("owners", values.owners, 5),
    seed: whole("seed", values.seed, 42),
    language: values.language as SearchLanguage,
    onProgress: (p: SeedProgress) => {
      const s = (p.elapsedMs / 1000).toFixed(1);
      if (p.phase === "documents") process.stderr.write(`  [${s}s] documents ${p.done.toLocaleString("en")}/${p.total.toLocaleString("en")} (${rate(p.done, p.elapsedMs)})\n`);
      else if (p.phase === "indexes") process.stderr.write(`  [${s}s] indexes and constraints ${p.done}/${p.total}\n`);
      else if (p.phase !== lastPhase) process.stderr.write(`  [${s}s] ${p.phase}\n`);
      lastPhase = p.phase;
    },
  });
  const phases = Object.entries(summary.phases)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`)
    .join(", ");
  process.stdout.write(
    `seeded ${summary.documents.toLocaleString("en")} documents, ${summary.topics} topics, ${summary.links.toLocaleString("en")} topic links, ${summary.fields.toLocaleString("en")} Total values in ${(summary.ms / 1000).toFixed(1)} s ` +
      `(${rate(summary.documents, summary.ms)} overall; ${phases})\n`,
  );
  return 0;
}
