// `pnpm docscan export DIR` (ADR 0023): a complete, self-describing copy of the instance in a folder, kept
// up to date by running it again (only what changed is copied; `--delete` removes what was deleted).
// Everything is read in one repeatable-read transaction, so the rows agree with each other even while
// docscan keeps running; each file is written beside its place and renamed, and noted in a journal, so an
// interrupted export resumes where it stopped.
import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { appendFile, mkdir, readdir, readFile, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { sql } from "drizzle-orm";
import type { Db, DbOrTx } from "@docscan/db";
import { backupTables, readRows, type BackupTable } from "@docscan/db/backup";
import type { SecretKey } from "@docscan/db/secrets";
import { ObjectNotFoundError, type ObjectStore } from "@docscan/storage";
import { CONTENT_FOLDERS, DOCUMENTS, FORMAT, JOURNAL, MANIFEST, manifestSchema, PAGES, VERSION, type FileEntry, type FileKind, type Manifest } from "./manifest.ts";
import { hashingStream } from "./hashing.ts";
import { UniquePaths } from "./names.ts";
import { mapSecrets, newPassphrase, reEncrypt } from "./secrets.ts";

export interface ExportOptions {
  /** Password hashes and secrets (re-encrypted with `passphrase`). */
  withSecrets: boolean;
  passphrase?: string;
  thumbnails: boolean;
  /** Remove files of earlier exports that are no longer in the instance. */
  delete: boolean;
  /** Objects copied at once. */
  concurrency: number;
  signal?: AbortSignal;
  onProgress?: (p: ExportProgress) => void;
}

export interface ExportProgress {
  documents: number;
  done: number;
  copied: number;
  unchanged: number;
  problems: number;
}

export interface Problem {
  documentId: string;
  path: string;
  reason: string;
}

export interface ExportSummary {
  documents: number;
  filesCopied: number;
  filesUnchanged: number;
  bytesCopied: number;
  /** Files of earlier exports removed by `--delete`. */
  removed: number;
  /** Objects missing from the store or not matching their recorded SHA-256 and size. */
  problems: Problem[];
}

/** What export and import work on: the database, the store and the key secrets are encrypted with at rest. */
export interface BackupInstance {
  db: Db;
  store: ObjectStore;
  key: SecretKey;
}

type Row = Record<string, unknown>;
type Previous = Map<string, { sha256: string; size: number; objectKey?: string }>;

/** Documents whose text and pages are read per query. */
const BATCH = 100;

export async function exportInstance(instance: BackupInstance, dir: string, opts: ExportOptions): Promise<ExportSummary> {
  if (opts.withSecrets && !opts.passphrase) throw new Error("--with-secrets needs a passphrase (DOCSCAN_EXPORT_PASSPHRASE) to encrypt them with");
  await mkdir(dir, { recursive: true });
  const previous = await readPrevious(dir);
  const summary: ExportSummary = { documents: 0, filesCopied: 0, filesUnchanged: 0, bytesCopied: 0, removed: 0, problems: [] };
  const files: FileEntry[] = [];

  const manifest = await instance.db.transaction(
    async (tx) => {
      const secrets = opts.withSecrets ? newPassphrase(opts.passphrase!) : null;
      const changeSecret = secrets ? reEncrypt(instance.key, secrets.key) : () => undefined;
      const tables = await backupTables(tx);
      const exported: Manifest["tables"] = [];
      for (const table of tables) {
        const columns = table.name === DOCUMENTS ? table.columns.filter((c) => c !== "text") : table.columns;
        let rows = table.name === PAGES ? [] : await readRows(tx, table, { columns });
        if (!opts.withSecrets && table.name === "users") rows = rows.map((r) => ({ ...r, password_hash: null }));
        rows = rows.map((r) => mapSecrets(r, changeSecret) as Row);
        exported.push({ name: table.name, columns: table.columns, rows });
      }
      const rowsOf = (name: string) => exported.find((t) => t.name === name)?.rows ?? [];
      const documents = [...rowsOf(DOCUMENTS)].sort((a, b) => String(a.created_at).localeCompare(String(b.created_at)) || String(a.id).localeCompare(String(b.id)));
      summary.documents = documents.length;
      const paths = readablePaths(documents, rowsOf("users"), rowsOf("folders"));
      const pagesTable = tables.find((t) => t.name === PAGES);

      const writer = new FileWriter(dir, previous, files, summary);
      const progress = () => opts.onProgress?.({ documents: documents.length, done, copied: summary.filesCopied, unchanged: summary.filesUnchanged, problems: summary.problems.length });
      let done = 0;
      for (let i = 0; i < documents.length; i += BATCH) {
        const batch = documents.slice(i, i + BATCH);
        const { texts, pages } = await readTexts(tx, batch, pagesTable);
        let next = 0;
        const lane = async () => {
          while (next < batch.length) {
            opts.signal?.throwIfAborted();
            const doc = batch[next++]!;
            const id = String(doc.id);
            const path = paths.get(id)!;
            await writer.object(instance.store, "original", id, `files/${path}`, String(doc.object_key), { sha256: String(doc.sha256), size: Number(doc.size) });
            const text = texts.get(id);
            if (text != null) await writer.bytes("text", id, `text/${path}.txt`, Buffer.from(text));
            const docPages = pages.get(id);
            if (docPages?.length) await writer.bytes("pages", id, `text/${path}.pages.json`, Buffer.from(JSON.stringify(docPages)));
            if (opts.thumbnails && doc.thumbnail_key) {
              const key = String(doc.thumbnail_key);
              await writer.object(instance.store, "thumbnail", id, `thumbnails/${path}${key.slice(key.lastIndexOf("."))}`, key, null);
            }
            done++;
            progress();
          }
        };
        await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, lane));
      }
      return {
        format: FORMAT,
        version: VERSION,
        exportedAt: new Date().toISOString(),
        source: { storage: instance.store.backend },
        withSecrets: opts.withSecrets,
        passphrase: secrets ? { salt: secrets.salt, check: secrets.check } : null,
        thumbnails: opts.thumbnails,
        tables: exported,
        files,
      } satisfies Manifest;
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );

  const tmp = join(dir, `${MANIFEST}.partial`);
  await writeFile(tmp, JSON.stringify(manifest));
  await rename(tmp, join(dir, MANIFEST));
  await rm(join(dir, JOURNAL), { force: true });
  if (opts.delete) summary.removed = await removeUnlisted(dir, new Set(files.map((f) => f.path)));
  return summary;
}

/** Writes files that differ from what an earlier (or interrupted) export left, and lists every file. */
class FileWriter {
  constructor(
    private readonly dir: string,
    private readonly previous: Previous,
    private readonly files: FileEntry[],
    private readonly summary: ExportSummary,
  ) {}

  /** Copies an object, unless the file there came from the same object and still has its size. */
  async object(store: ObjectStore, kind: FileKind, documentId: string, path: string, objectKey: string, expected: { sha256: string; size: number } | null): Promise<void> {
    const before = this.previous.get(path);
    if (before && before.objectKey === objectKey && (!expected || (before.sha256 === expected.sha256 && before.size === expected.size)) && (await this.hasSize(path, before.size))) {
      this.unchanged({ path, kind, documentId, size: before.size, sha256: before.sha256, objectKey });
      return;
    }
    let body;
    try {
      body = await store.get(objectKey);
    } catch (err) {
      if (!(err instanceof ObjectNotFoundError)) throw err;
      if (kind === "original") this.summary.problems.push({ documentId, path, reason: `the original is missing from storage (${objectKey})` });
      return;
    }
    const counting = hashingStream();
    const target = join(this.dir, path);
    await mkdir(dirname(target), { recursive: true });
    await pipeline(body, counting.stream, createWriteStream(`${target}.partial`));
    await rename(`${target}.partial`, target);
    const { sha256, size } = counting.result();
    if (expected && (sha256 !== expected.sha256 || size !== expected.size)) {
      this.summary.problems.push({ documentId, path, reason: `the stored bytes differ from the document's record (SHA-256 ${sha256}, ${size} bytes; recorded ${expected.sha256}, ${expected.size} bytes)` });
    }
    await this.copied({ path, kind, documentId, size, sha256, objectKey });
  }

  async bytes(kind: FileKind, documentId: string, path: string, content: Buffer): Promise<void> {
    const sha256 = createHash("sha256").update(content).digest("hex");
    const entry = { path, kind, documentId, size: content.length, sha256 };
    const before = this.previous.get(path);
    if (before?.sha256 === sha256 && (await this.hasSize(path, content.length))) return this.unchanged(entry);
    const target = join(this.dir, path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(`${target}.partial`, content);
    await rename(`${target}.partial`, target);
    await this.copied(entry);
  }

  private unchanged(entry: FileEntry): void {
    this.files.push(entry);
    this.summary.filesUnchanged++;
  }

  private async copied(entry: FileEntry): Promise<void> {
    this.files.push(entry);
    this.summary.filesCopied++;
    this.summary.bytesCopied += entry.size;
    await appendFile(join(this.dir, JOURNAL), `${JSON.stringify(entry)}\n`);
  }

  private async hasSize(path: string, size: number): Promise<boolean> {
    const s = await stat(join(this.dir, path)).catch(() => null);
    return s !== null && s.isFile() && s.size === size;
  }
}

/** What the last export, and an interrupted one after it, wrote: path → content. */
async function readPrevious(dir: string): Promise<Previous> {
  const previous: Previous = new Map();
  const manifest = await readFile(join(dir, MANIFEST), "utf8").catch(() => null);
  if (manifest !== null) {
    const parsed = manifestSchema.safeParse(JSON.parse(manifest));
    if (!parsed.success) throw new Error(`${join(dir, MANIFEST)} is not a docscan export manifest this version understands; export into an empty folder`);
    for (const f of parsed.data.files) previous.set(f.path, f);
  }
  const journal = await readFile(join(dir, JOURNAL), "utf8").catch(() => "");
  for (const line of journal.split("\n")) {
    if (!line) continue;
    try {
      const f = JSON.parse(line) as FileEntry;
      previous.set(f.path, f);
    } catch {
      // the line being written when the export was stopped
    }
  }
  return previous;
}

/** owner email / folder / … / filename, unique per document. */
function readablePaths(documents: Row[], users: Row[], folders: Row[]): Map<string, string> {
  const emails = new Map(users.map((u) => [String(u.id), String(u.email)]));
  const folderById = new Map(folders.map((f) => [String(f.id), f]));
  const folderPath = (id: unknown): string[] => {
    const names: string[] = [];
    for (let f = id ? folderById.get(String(id)) : undefined; f && names.length < 100; f = f.parent_id ? folderById.get(String(f.parent_id)) : undefined) names.unshift(String(f.name));
    return names;
  };
  const unique = new UniquePaths();
  const paths = new Map<string, string>();
  for (const d of documents) {
    const owner = d.owner_id ? (emails.get(String(d.owner_id)) ?? String(d.owner_id)) : "unowned";
    paths.set(String(d.id), unique.claim([owner, ...folderPath(d.folder_id)], String(d.filename), String(d.id)));
  }
  return paths;
}

async function readTexts(tx: DbOrTx, batch: Row[], pagesTable: BackupTable | undefined): Promise<{ texts: Map<string, string | null>; pages: Map<string, Row[]> }> {
  const ids = `{${batch.map((d) => String(d.id)).join(",")}}`;
  const rows = (await tx.execute(sql`select id, text from documents where id = any(${ids}::uuid[])`)) as unknown as { id: string; text: string | null }[];
  const texts = new Map(rows.map((r) => [r.id, r.text]));
  const pages = new Map<string, Row[]>();
  if (pagesTable) {
    for (const p of await readRows(tx, pagesTable, { where: sql`document_id = any(${ids}::uuid[])` })) {
      const id = String(p.document_id);
      pages.set(id, [...(pages.get(id) ?? []), p]);
    }
  }
  return { texts, pages };
}

/** Deletes files under the export's content folders that `keep` does not name, and folders left empty. */
async function removeUnlisted(dir: string, keep: Set<string>): Promise<number> {
  let removed = 0;
  const walk = async (folder: string): Promise<boolean> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    let empty = true;
    for (const e of entries) {
      const full = join(folder, e.name);
      if (e.isDirectory()) {
        if (await walk(full)) await rmdir(full);
        else empty = false;
      } else if (!keep.has(relative(dir, full).split(sep).join("/"))) {
        await rm(full, { force: true });
        removed++;
      } else empty = false;
    }
    return empty;
  };
  for (const folder of CONTENT_FOLDERS) await walk(join(dir, folder));
  return removed;
}
