// `pnpm docscan <command>`: scripts around a running docscan.
import { parseArgs } from "node:util";
import { ingest, type IngestProgress } from "./ingest.ts";
import { loadCliEnv } from "./env.ts";
import { EVAL_USAGE, runEval } from "./eval.ts";
import { RESET_PASSWORD_USAGE, runResetPassword } from "./reset-password.ts";
import { runSeed, SEED_USAGE } from "./seed-command.ts";

const USAGE = `usage:
  pnpm docscan ingest <files or folders...> [--url URL] [--token TOKEN] [--concurrency N]
      Uploads files through the API, skipping ones already stored (same SHA-256).
      Exit code 0 when every file was imported or skipped, 2 when some failed.
${EVAL_USAGE}
${SEED_USAGE}
${RESET_PASSWORD_USAGE}`;

function progressBar(p: IngestProgress): string {
  const width = 30;
  const filled = p.total ? Math.round((p.done / p.total) * width) : width;
  return `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${p.done}/${p.total}  imported ${p.imported}, duplicates ${p.duplicates}, failed ${p.failed}`;
}

async function runIngest(args: string[]): Promise<number> {
  const env = loadCliEnv();
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { url: { type: "string", default: env.DOCSCAN_URL }, token: { type: "string" }, concurrency: { type: "string", default: "2" } },
  });
  if (positionals.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 1;
  }
  const concurrency = Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 32) throw new Error("--concurrency must be a whole number from 1 to 32");
  const tty = process.stderr.isTTY;
  const summary = await ingest(positionals, {
    url: values.url,
    token: values.token ?? env.DOCSCAN_TOKEN,
    concurrency,
    onProgress: (p) => {
      if (p.current !== null) return;
      if (tty) process.stderr.write(`\r${progressBar(p)}`);
      else if (p.done === p.total || p.done % 25 === 0) process.stderr.write(`${progressBar(p)}\n`);
    },
  });
  if (tty) process.stderr.write("\n");
  const lines = [`imported: ${summary.imported.length}`, `duplicates (skipped): ${summary.duplicates.length}`, `failed: ${summary.failed.length}`];
  for (const f of summary.failed) lines.push(`  ${f.path}: ${f.reason}`);
  process.stdout.write(`${lines.join("\n")}\n`);
  return summary.failed.length ? 2 : 0;
}

const [command, ...rest] = process.argv.slice(2);
try {
  const code =
    command === "ingest"
      ? await runIngest(rest)
      : command === "eval"
        ? await runEval(rest, loadCliEnv())
        : command === "seed"
          ? await runSeed(rest, loadCliEnv())
          : command === "reset-password"
            ? await runResetPassword(rest)
            : (process.stderr.write(`${USAGE}\n`), 1);
  process.exitCode = code;
} catch (err) {
  process.stderr.write(`docscan: ${(err as Error).message}\n`);
  process.exitCode = 1;
}
