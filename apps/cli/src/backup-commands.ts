// `pnpm docscan export|import` (ADR 0023): argument parsing, progress and exit codes around backup/.
import { mkdtemp, stat } from "node:fs/promises";
import { userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { insertAuditEntries, type AuditEvent, type Db } from "@docscan/db";
import { exportInstance, type ExportProgress } from "./backup/export.ts";
import { importInstance, NotEmptyError } from "./backup/import.ts";
import { removeFolder, unzipTo, zipFolder } from "./backup/zip.ts";
import { loadInstanceEnv, openInstance } from "./instance.ts";

export const BACKUP_USAGE = `  pnpm docscan export <folder> [--with-secrets] [--thumbnails] [--delete] [--concurrency N]
  pnpm docscan export <file.zip> --zip [--with-secrets] [--thumbnails] [--concurrency N]
      Writes every original (files/<owner>/<folder>/…), its extracted text (text/…) and manifest.json (every
      table's rows and the SHA-256 of every file) into the folder. Run again into the same folder, it copies
      only what changed; --delete also removes what was deleted since. --with-secrets adds password hashes
      and stored secrets, encrypted with DOCSCAN_EXPORT_PASSPHRASE. --zip writes one archive instead (made
      in <file.zip>.export/ first, which an interrupted run resumes, then packed; needs the space twice).
      Exit code 0 when complete, 2 when some originals were missing or damaged in storage (listed; the rest
      is exported), 1 when it could not run.
  pnpm docscan import <folder | file.zip> [--merge] [--concurrency N]
      Restores an export into an empty docscan (no documents; its users and settings are replaced), keeping
      ids, dates and owners. --merge adds to one in use, skipping documents whose bytes their owner has.
      Both use DATABASE_URL (or the embedded database of a running \`pnpm start\`) and the same storage
      settings as the api (S3_* or DOCSCAN_DATA_DIR/objects).`;

/**
 * The audit log's entry for a finished export or import (ADR 0024): no account acted, so the entry names the
 * command line and the operating-system user that ran it.
 */
async function recordRun(db: Db, event: Omit<AuditEvent, "objectType">): Promise<void> {
  let osUser = "unknown";
  try {
    osUser = userInfo().username;
  } catch {
    // no passwd entry for this uid (a container): the entry says unknown
  }
  await insertAuditEntries(db, { userId: null, email: null, ip: "cli" }, [{ ...event, objectType: "instance", after: { osUser, ...(event.after as object) } }]);
}

function concurrencyOf(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 32) throw new Error("--concurrency must be a whole number from 1 to 32");
  return n;
}

/** Ctrl-C stops the run between files; what was written stays and the next run carries on from it. */
function interruptible(): { signal: AbortSignal; done(): void } {
  const controller = new AbortController();
  const stop = () => controller.abort(new Error("interrupted"));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  return {
    signal: controller.signal,
    done() {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
    },
  };
}

function progressLine(label: string, done: number, total: number, extra = ""): string {
  return `${label} ${done}/${total} documents${extra}`;
}

/** A progress reporter: one updating line on a terminal, a line every 500 documents otherwise. */
function reporter(): { line(text: string, done: number, total: number): void; end(): void } {
  const tty = process.stderr.isTTY;
  return {
    line(text, done, total) {
      if (tty) process.stderr.write(`\r${text}`);
      else if (done === total || done % 500 === 0) process.stderr.write(`${text}\n`);
    },
    end() {
      if (tty) process.stderr.write("\n");
    },
  };
}

export async function runExport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      "with-secrets": { type: "boolean", default: false },
      thumbnails: { type: "boolean", default: false },
      delete: { type: "boolean", default: false },
      zip: { type: "boolean", default: false },
      concurrency: { type: "string", default: "4" },
    },
  });
  if (positionals.length !== 1) {
    process.stderr.write(`usage:\n${BACKUP_USAGE}\n`);
    return 1;
  }
  const env = loadInstanceEnv();
  if (values["with-secrets"] && !env.DOCSCAN_EXPORT_PASSPHRASE) throw new Error("--with-secrets needs DOCSCAN_EXPORT_PASSPHRASE (at least 12 characters): the secrets are encrypted with it");
  const target = resolve(env.INIT_CWD ?? process.cwd(), positionals[0]!);
  const dir = values.zip ? `${target}.export` : target;
  const instance = await openInstance(env);
  const stop = interruptible();
  const progress = reporter();
  try {
    const summary = await exportInstance({ db: instance.database.db, store: instance.store, key: instance.key }, dir, {
      withSecrets: values["with-secrets"],
      passphrase: env.DOCSCAN_EXPORT_PASSPHRASE,
      thumbnails: values.thumbnails,
      delete: values.delete,
      concurrency: concurrencyOf(values.concurrency),
      signal: stop.signal,
      onProgress: (p: ExportProgress) => progress.line(progressLine("exported", p.done, p.documents, `, files copied ${p.copied}, unchanged ${p.unchanged}, problems ${p.problems}`), p.done, p.documents),
    });
    progress.end();
    if (values.zip) {
      await zipFolder(dir, target);
      await removeFolder(dir);
    }
    await recordRun(instance.database.db, {
      action: "instance.export",
      objectLabel: target,
      after: { documents: summary.documents, filesCopied: summary.filesCopied, problems: summary.problems.length, withSecrets: values["with-secrets"], delete: values.delete },
    });
    const lines = [
      `exported ${summary.documents} document${summary.documents === 1 ? "" : "s"} to ${target}`,
      `files copied: ${summary.filesCopied} (${summary.bytesCopied} bytes), unchanged: ${summary.filesUnchanged}${values.delete ? `, removed: ${summary.removed}` : ""}`,
      `problems: ${summary.problems.length}`,
      ...summary.problems.map((p) => `  ${p.path} (document ${p.documentId}): ${p.reason}`),
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
    return summary.problems.length ? 2 : 0;
  } catch (err) {
    progress.end();
    if (stop.signal.aborted) {
      process.stderr.write(`docscan: export interrupted; run the same command again to carry on where it stopped\n`);
      return 1;
    }
    throw err;
  } finally {
    stop.done();
    await instance.close();
  }
}

export async function runImport(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { merge: { type: "boolean", default: false }, concurrency: { type: "string", default: "4" } },
  });
  if (positionals.length !== 1) {
    process.stderr.write(`usage:\n${BACKUP_USAGE}\n`);
    return 1;
  }
  const env = loadInstanceEnv();
  const source = resolve(env.INIT_CWD ?? process.cwd(), positionals[0]!);
  const archive = (await stat(source).catch(() => null))?.isFile() === true;
  const dir = archive ? await mkdtemp(join(dirname(source), ".docscan-import-")) : source;
  const instance = await openInstance(env);
  const stop = interruptible();
  const progress = reporter();
  try {
    if (archive) await unzipTo(source, dir);
    const summary = await importInstance({ db: instance.database.db, store: instance.store, key: instance.key }, dir, {
      merge: values.merge,
      passphrase: env.DOCSCAN_EXPORT_PASSPHRASE,
      concurrency: concurrencyOf(values.concurrency),
      signal: stop.signal,
      onProgress: (p) => progress.line(progressLine("stored", p.done, p.documents), p.done, p.documents),
    });
    progress.end();
    await recordRun(instance.database.db, { action: "instance.import", objectLabel: source, after: { documents: summary.documents, merge: values.merge, skipped: summary.skipped } });
    const rows = Object.entries(summary.rows)
      .filter(([, n]) => n > 0)
      .map(([t, n]) => `${t} ${n}`)
      .join(", ");
    const lines = [`imported ${summary.documents} document${summary.documents === 1 ? "" : "s"} from ${source}`, `rows: ${rows || "none"}`];
    if (values.merge) lines.push(`skipped (bytes already there): ${summary.skipped}`);
    if (summary.secretsLeftOut) lines.push("the export's secrets were left out: set DOCSCAN_EXPORT_PASSPHRASE to import them");
    process.stdout.write(`${lines.join("\n")}\n`);
    return 0;
  } catch (err) {
    progress.end();
    if (err instanceof NotEmptyError) {
      process.stderr.write(`docscan: ${err.message}\n`);
      return 1;
    }
    if (stop.signal.aborted) {
      process.stderr.write("docscan: import interrupted; nothing was changed\n");
      return 1;
    }
    throw err;
  } finally {
    stop.done();
    if (archive) await removeFolder(dir);
    await instance.close();
  }
}
