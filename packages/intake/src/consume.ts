// The consume folder (ADR 0020): files that appear under CONSUME_DIR, at any depth, become documents of one
// owner through the same store path as uploads, then are removed (or moved to CONSUME_DONE_DIR). Failures go
// to failed/ with a .reason.txt. A periodic scan finds files (fs.watch only makes it come sooner, since
// network shares send no events); a file is taken once its size and mtime have stayed the same for
// CONSUME_STABLE_MS; its identity (path, size, mtime, SHA-256) is recorded in the transaction that inserts
// its document, so a crash at any point never imports it twice. One process consumes: it holds a Postgres
// advisory lock on a dedicated connection.
import { createHash } from "node:crypto";
import { createReadStream, mkdirSync, watch, type Dirent, type FSWatcher } from "node:fs";
import { mkdir, readdir, rename, stat, unlink, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { and, eq, sql } from "drizzle-orm";
import type { Logger } from "pino";
import { createFolder, createTopic, readQuota, type Db, type DbOrTx } from "@docscan/db";
import { consumedFiles, consumeStatus, folders, topics, users } from "@docscan/db/schema";
import { sniffFile } from "@docscan/extract/sniff";
import { QuotaExceededError } from "@docscan/shared";
import { storeDocuments, type StoreDeps } from "./store.ts";

export const SUBDIRS_AS = ["folders", "topics", "none"] as const;
export type SubdirsAs = (typeof SUBDIRS_AS)[number];

export interface ConsumeOptions {
  dir: string;
  /** Imported files are moved here (keeping their relative path); null: they are deleted. */
  doneDir: string | null;
  /** E-mail of the owner of imported documents; null: the first admin. */
  ownerEmail: string | null;
  stableMs: number;
  scanIntervalMs: number;
  subdirsAs: SubdirsAs;
}

/** Advisory lock key: only one process in a deployment consumes. */
export const CONSUME_LOCK_KEY = 4_242_015;
export const FAILED_DIR = "failed";

/** Names a scanner or copier writes before renaming to the final name: never taken. */
const PARTIAL = /(\.(tmp|temp|part|partial|crdownload|download|filepart)|~)$/i;

/** A file being watched for stability: the size and mtime first seen, and when. */
interface Seen {
  size: number;
  mtimeMs: number;
  since: number;
}

export interface Consumer {
  /** One scan now (also what the timer runs); resolves when it is done. Only scans while holding the lock. */
  scan(): Promise<void>;
  stop(): Promise<void>;
}

const toPosix = (p: string) => p.split(sep).join("/");

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}

/** Files under `dir` (relative paths), hidden entries, failed/ and partial names left out; links not followed. */
async function listFiles(dir: string, skip: string[]): Promise<string[]> {
  const out: string[] = [];
  async function walk(abs: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(abs, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT" && abs !== dir) return; // removed meanwhile
      throw err;
    }
    for (const e of entries) {
      if (e.name.startsWith(".") || PARTIAL.test(e.name)) continue;
      const path = join(abs, e.name);
      if (skip.includes(path)) continue;
      if (e.isDirectory()) await walk(path);
      else if (e.isFile()) out.push(relative(dir, path));
    }
  }
  await walk(dir);
  return out.sort();
}

/** The owner: the user with CONSUME_OWNER's e-mail, else the first admin (by creation). */
export async function resolveOwner(db: DbOrTx, email: string | null): Promise<string> {
  const [row] = email
    ? await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = lower(${email})`)
    : await db.select({ id: users.id }).from(users).where(eq(users.role, "admin")).orderBy(users.createdAt).limit(1);
  if (!row) throw new Error(email ? `CONSUME_OWNER ${email}: no such user` : "no admin exists yet to own consumed files (create one, or set CONSUME_OWNER)");
  return row.id;
}

/** The owner's folder at `names` (nested), created where missing. */
export async function folderPath(db: DbOrTx, ownerId: string, names: string[]): Promise<string | null> {
  let parentId: string | null = null;
  for (const name of names) {
    const parent: string | null = parentId;
    const [existing] = await db
      .select({ id: folders.id })
      .from(folders)
      .where(and(eq(folders.ownerId, ownerId), parent === null ? sql`${folders.parentId} is null` : eq(folders.parentId, parent), sql`lower(${folders.name}) = lower(${name})`));
    parentId = existing ? existing.id : (await createFolder(db, ownerId, { name, parentId: parent })).id;
  }
  return parentId;
}

/** Topics named `names`: a global one of that name if it exists, else the owner's own (created where missing). */
export async function topicsNamed(db: DbOrTx, ownerId: string, names: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const name of new Set(names)) {
    const [global] = await db.select({ id: topics.id }).from(topics).where(and(sql`${topics.ownerId} is null`, sql`lower(${topics.name}) = lower(${name})`));
    ids.push(global ? global.id : (await createTopic(db, { ownerId, name, description: "" })).topic.id);
  }
  return ids;
}

async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(dirname(to), { recursive: true });
  let target = to;
  for (let n = 1; ; n++) {
    const exists = await stat(target).then(
      () => true,
      () => false,
    );
    if (!exists) break;
    const dot = to.lastIndexOf(".");
    target = dot > to.lastIndexOf("/") ? `${to.slice(0, dot)}-${n}${to.slice(dot)}` : `${to}-${n}`;
  }
  await rename(from, target);
}

/**
 * Starts consuming `opts.dir`. `lockDb` is a session connection (createDatabase with `session: true`) that
 * holds the advisory lock; closing it (after `stop`) lets another process take over.
 */
export function startConsumer(deps: StoreDeps, lockDb: Db, opts: ConsumeOptions, log: Logger): Consumer {
  const dir = resolve(opts.dir);
  const failedDir = join(dir, FAILED_DIR);
  const doneDir = opts.doneDir ? resolve(opts.doneDir) : null;
  const seen = new Map<string, Seen>();
  let holding = false;
  let stopped = false;
  let running: Promise<void> | null = null;
  let timer: NodeJS.Timeout | null = null;
  let dueAt = Infinity;
  let watcher: FSWatcher | null = null;

  /**
   * Takes (or confirms) the lock on the session connection. Asking again while holding it is harmless (the
   * lock counts up and ends with the session); after a reconnect it is taken afresh, if no one else has it.
   */
  async function holdLock(): Promise<boolean> {
    const rows = (await lockDb.execute(sql`select pg_try_advisory_lock(${CONSUME_LOCK_KEY}) as locked`)) as unknown as { locked: boolean }[];
    const locked = rows[0]?.locked === true;
    if (locked !== holding) log.info({ dir }, locked ? "consume folder: this process consumes" : "consume folder: another process consumes");
    holding = locked;
    return locked;
  }

  async function finish(abs: string, rel: string): Promise<void> {
    if (doneDir) await moveInto(abs, join(doneDir, rel));
    else await unlink(abs);
  }

  async function fail(abs: string, rel: string, reason: string, identity: { size: number; mtimeMs: number; sha256: string } | null): Promise<void> {
    log.warn({ file: rel, reason }, "consume folder: file not imported");
    if (identity) await deps.db.insert(consumedFiles).values({ path: toPosix(rel), ...identity, outcome: "failed", reason }).onConflictDoNothing();
    const target = join(failedDir, rel);
    await moveInto(abs, target);
    await writeFile(`${target}.reason.txt`, `${reason}\n`);
  }

  async function importFile(rel: string, info: { size: number; mtimeMs: number }): Promise<void> {
    const abs = join(dir, rel);
    const path = toPosix(rel);
    if (info.size === 0) return fail(abs, rel, "empty file", null);
    const sha256 = await sha256File(abs);
    const identity = { size: info.size, mtimeMs: Math.trunc(info.mtimeMs), sha256 };
    const [done] = await deps.db
      .select({ outcome: consumedFiles.outcome })
      .from(consumedFiles)
      .where(and(eq(consumedFiles.path, path), eq(consumedFiles.size, identity.size), eq(consumedFiles.mtimeMs, identity.mtimeMs), eq(consumedFiles.sha256, sha256)));
    if (done?.outcome === "imported") {
      // Imported before a crash or restart, not yet removed: only the removal is left to do.
      log.info({ file: path }, "consume folder: already imported, removing");
      return finish(abs, rel);
    }
    const type = await sniffFile(abs);
    if (!type.ok) return fail(abs, rel, type.reason, identity);
    const ownerId = await resolveOwner(deps.db, opts.ownerEmail);
    const subdirs = path.split("/").slice(0, -1);
    const folderId = opts.subdirsAs === "folders" && subdirs.length > 0 ? await folderPath(deps.db, ownerId, subdirs) : null;
    const topicIds = opts.subdirsAs === "topics" ? await topicsNamed(deps.db, ownerId, subdirs) : [];
    const filename = path.split("/").pop()!;
    try {
      const [stored] = await storeDocuments(deps, [{ filename, size: identity.size, sha256, type, open: () => createReadStream(abs) }], {
        ownerId,
        folderId,
        topicIds,
        quota: await readQuota(deps.db, ownerId),
        record: async (tx, [documentId]) => {
          await tx.insert(consumedFiles).values({ path, ...identity, outcome: "imported", documentId });
        },
      });
      log.info({ file: path, documentId: stored?.id }, "consume folder: imported");
    } catch (err) {
      if (err instanceof QuotaExceededError) return fail(abs, rel, err.message, identity);
      throw err;
    }
    await finish(abs, rel);
  }

  async function writeStatus(waiting: number, lastError: string | null): Promise<void> {
    const values = { id: 1, dir, lastScanAt: new Date(), filesWaiting: waiting, lastError, updatedAt: new Date() };
    await deps.db.insert(consumeStatus).values(values).onConflictDoUpdate({ target: consumeStatus.id, set: values });
  }

  async function scanOnce(): Promise<void> {
    if (!(await holdLock())) return;
    await mkdir(dir, { recursive: true });
    const files = await listFiles(dir, [failedDir, ...(doneDir ? [doneDir] : [])]);
    const now = Date.now();
    const present = new Set(files);
    for (const key of seen.keys()) if (!present.has(key)) seen.delete(key);
    let waiting = 0;
    let lastError: string | null = null;
    for (const rel of files) {
      if (stopped) break;
      const info = await stat(join(dir, rel)).catch(() => null);
      if (!info) continue;
      const before = seen.get(rel);
      if (!before || before.size !== info.size || before.mtimeMs !== info.mtimeMs) {
        // New or still changing: the wait starts again.
        seen.set(rel, { size: info.size, mtimeMs: info.mtimeMs, since: now });
        waiting++;
        continue;
      }
      if (now - before.since < opts.stableMs) {
        waiting++;
        continue;
      }
      try {
        await importFile(rel, info);
        seen.delete(rel);
      } catch (err) {
        // Database or storage away, or the file vanished: it stays where it is and is tried at the next scan.
        waiting++;
        lastError = `${rel}: ${(err as Error).message}`;
        log.error({ err, file: rel }, "consume folder: import failed, will retry");
      }
    }
    await writeStatus(waiting, lastError);
    // Files still settling are looked at again once their wait is over, not only at the next interval.
    if (waiting > 0) schedule(Math.min(opts.stableMs + 50, opts.scanIntervalMs));
  }

  function scan(): Promise<void> {
    running ??= scanOnce()
      .catch((err: unknown) => {
        log.error({ err, dir }, "consume folder: scan failed");
        return writeStatus(0, (err as Error).message).catch(() => {});
      })
      .finally(() => {
        running = null;
      });
    return running;
  }

  /** Runs a scan in `ms`, unless one is due sooner (a stream of events must not put the scan off for ever). */
  function schedule(ms: number): void {
    if (stopped || (timer && Date.now() + ms >= dueAt)) return;
    if (timer) clearTimeout(timer);
    dueAt = Date.now() + ms;
    timer = setTimeout(() => {
      timer = null;
      dueAt = Infinity;
      void scan().then(() => {
        if (!timer) schedule(opts.scanIntervalMs);
      });
    }, ms);
  }

  mkdirSync(dir, { recursive: true });
  try {
    // Events make a local folder quicker; without them (network shares) the interval scan does the work.
    watcher = watch(dir, { recursive: true }, () => schedule(50));
    watcher.on("error", () => watcher?.close());
  } catch {
    watcher = null;
  }
  schedule(0);

  return {
    scan,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      watcher?.close();
      await running;
    },
  };
}

/** The consume folder's state for the Activity page: the last scan and the recent imports and failures. */
export async function consumeActivity(db: DbOrTx, limit = 20) {
  const [status] = await db.select().from(consumeStatus).where(eq(consumeStatus.id, 1));
  const recent = await db
    .select({ path: consumedFiles.path, size: consumedFiles.size, outcome: consumedFiles.outcome, reason: consumedFiles.reason, documentId: consumedFiles.documentId, createdAt: consumedFiles.createdAt })
    .from(consumedFiles)
    .orderBy(sql`${consumedFiles.createdAt} desc`)
    .limit(limit);
  return { status: status ?? null, recent };
}

