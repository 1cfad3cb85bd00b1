// `pnpm docscan <command>`: scripts around a running docscan.
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { ingest, type IngestProgress } from "./ingest.ts";
import { loadCliEnv } from "./env.ts";
import { EVAL_USAGE, runEval } from "./eval.ts";
import { RESET_PASSWORD_USAGE, runResetPassword } from "./reset-password.ts";
import { runSeed, SEED_USAGE } from "./seed-command.ts";
import { BACKUP_USAGE, runExport, runImport } from "./backup-commands.ts";
import { CHECK_USAGE, runCheckCommand } from "./check-command.ts";

const USAGE = `usage:
  pnpm docscan ingest <files or folders...> [--url URL] [--token TOKEN] [--concurrency N]
      Uploads files through the API, skipping ones already stored (same SHA-256), empty or unsupported.
      Exit code 0 when every file was imported or skipped, 2 when some failed, 1 when the run could
      not start or stopped (token refused, server unreachable, quota full).
${EVAL_USAGE}
${SEED_USAGE}
${RESET_PASSWORD_USAGE}
${BACKUP_USAGE}
${CHECK_USAGE}`;

function progressBar(p: IngestProgress): string {
  const width = 30;
  const filled = p.found ? Math.round((p.done / p.found) * width) : 0;
  return `[${"#".repeat(filled)}${" ".repeat(width - filled)}] ${p.done}/${p.found}${p.walking ? "+" : ""}  imported ${p.imported}, duplicates ${p.duplicates}, skipped ${p.skipped}, failed ${p.failed}`;
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
  // Relative paths start where the user ran `pnpm docscan`, not at the repo root pnpm runs scripts in.
  const paths = positionals.map((p) => resolve(env.INIT_CWD ?? process.cwd(), p));
  const summary = await ingest(paths, {
    url: values.url,
    token: values.token ?? env.DOCSCAN_TOKEN,
    concurrency,
    onProgress: (p) => {
      if (p.current !== null) return;
      if (tty) process.stderr.write(`\r${progressBar(p)}`);
      else if ((!p.walking && p.done === p.found) || (p.done > 0 && p.done % 25 === 0)) process.stderr.write(`${progressBar(p)}\n`);
    },
  });
  if (tty) process.stderr.write("\n");
  const { found, imported, duplicates, skipped, failed, stopped } = summary;
  if (!found && !skipped.length && !failed.length) {
    process.stdout.write(`nothing to import: no files in ${paths.join(", ")} (hidden files and folders are left out)\n`);
    return 0;
  }
  const list = (problems: typeof failed) => problems.map((f) => `  ${f.path}: ${f.reason}`);
  const lines = [`imported: ${imported}`, `duplicates (skipped): ${duplicates}`, `skipped: ${skipped.length}`, ...list(skipped), `failed: ${failed.length}`, ...list(failed)];
  process.stdout.write(`${lines.join("\n")}\n`);
  if (stopped) {
    process.stderr.write(`docscan: stopped: ${stopped}; ${imported} file${imported === 1 ? " was" : "s were"} imported before\n`);
    return 1;
  }
  return failed.length ? 2 : 0;
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
            : command === "export"
              ? await runExport(rest)
              : command === "import"
                ? await runImport(rest)
                : command === "check"
                  ? await runCheckCommand(rest)
                  : command === "help" || command === "--help" || command === "-h"
                    ? (process.stdout.write(`${USAGE}\n`), 0)
                    : (process.stderr.write(`${USAGE}\n`), 1);
  process.exitCode = code;
} catch (err) {
  process.stderr.write(`docscan: ${readable(err)}\n`);
  process.exitCode = 1;
}

/** The message, or for a failed database query the driver's own reason (Drizzle's says "Failed query: <the SQL>"). */
function readable(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  if (!message.startsWith("Failed query")) return message;
  let cause = err as { cause?: unknown; message?: string };
  while (cause.cause) cause = cause.cause as typeof cause;
  return `a database query failed: ${cause.message ?? message}`;
}
