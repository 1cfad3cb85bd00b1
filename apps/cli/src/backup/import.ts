// `pnpm docscan import DIR` (ADR 0023): puts an export back. Into an empty instance (no documents; a first
// admin and settings are replaced) everything returns with its ids, dates and owners; with `--merge` into
// one in use, users are matched by email, topics and folders by name, and documents whose bytes the owner
// already has are skipped. The objects are written first, each checked against the manifest's SHA-256, then
// all rows in one transaction; if that fails, the objects written are removed again.
import { createHash, randomBytes } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { type DbOrTx } from "@docscan/db";
import { backupTables, emptyTables, insertRows, updateRows, type BackupTable } from "@docscan/db/backup";
import { encryptSecret, type SecretKey } from "@docscan/db/secrets";
import { ObjectNotFoundError } from "@docscan/storage";
import type { BackupInstance } from "./export.ts";
import { DOCUMENTS, ENCRYPTED_NAME, FORMAT, MANIFEST, manifestSchema, PAGES, type FileEntry, type Manifest } from "./manifest.ts";
import { hashingStream } from "./hashing.ts";
import { mapSecrets, openPassphrase, reEncrypt } from "./secrets.ts";

export interface ImportOptions {
  merge: boolean;
  /** Opens the export's secrets; without it they are left out. */
  passphrase?: string;
  concurrency: number;
  signal?: AbortSignal;
  onProgress?: (p: { documents: number; done: number }) => void;
}

export interface ImportSummary {
  documents: number;
  /** `--merge`: documents whose bytes their owner already had. */
  skipped: number;
  /** Rows written per table. */
  rows: Record<string, number>;
  /** The export holds secrets that were left out (no passphrase given). */
  secretsLeftOut: boolean;
}

/** The instance holds documents and --merge was not given (exit code 1, nothing changed). */
export class NotEmptyError extends Error {}

type Row = Record<string, unknown>;

/** Set as the password of users exported without their hash: no password matches it (reset-password sets one). */
export const NO_PASSWORD = "!imported-without-password";
/** Columns of users set after the documents are in: the quota triggers count documents as they arrive. */
const USER_LATE_COLUMNS = ["quota_bytes", "quota_documents", "used_bytes", "used_documents", "updated_at"];
const BATCH = 100;

export async function readManifest(dir: string): Promise<Manifest> {
  const text = await readFile(join(dir, MANIFEST), "utf8").catch((err: NodeJS.ErrnoException) => {
    throw new Error(err.code === "ENOENT" ? `${dir} holds no ${MANIFEST}: is it a docscan export?` : `cannot read ${join(dir, MANIFEST)} (${err.code ?? err.message})`);
  });
  const json = JSON.parse(text) as { format?: unknown; version?: unknown };
  if (json.format !== FORMAT) throw new Error(`${join(dir, MANIFEST)} is not a docscan export`);
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${join(dir, MANIFEST)} is an export of version ${String(json.version)}, which this docscan cannot read (${parsed.error.issues[0]?.message})`);
  return parsed.data;
}

export async function importInstance(instance: BackupInstance, dir: string, opts: ImportOptions): Promise<ImportSummary> {
  const manifest = await readManifest(dir);
  const [{ count }] = (await instance.db.execute(sql`select count(*)::int as count from documents`)) as unknown as [{ count: number }];
  if (count > 0 && !opts.merge) throw new NotEmptyError(`this docscan already holds ${count} document${count === 1 ? "" : "s"}: import into an empty one, or pass --merge to add what it lacks`);

  const secretsLeftOut = manifest.passphrase !== null && !opts.passphrase;
  const changeSecret = manifest.passphrase && opts.passphrase ? reEncrypt(openPassphrase(opts.passphrase, manifest.passphrase), instance.key) : () => undefined;
  const tables = await backupTables(instance.db);
  const exported = new Map(manifest.tables.map((t) => [t.name, t]));
  const unknown = manifest.tables.filter((t) => t.rows.length > 0 && !tables.some((d) => d.name === t.name));
  if (unknown.length) throw new Error(`the export holds tables this docscan does not have (${unknown.map((t) => t.name).join(", ")}): import with the version that exported it, or a newer one`);

  const rows = new Map<string, Row[]>();
  for (const t of tables) rows.set(t.name, (exported.get(t.name)?.rows ?? []).map((r) => mapSecrets(r, changeSecret) as Row));
  for (const u of rows.get("users") ?? []) u.password_hash ??= NO_PASSWORD;
  replaceMissingSecrets(tables, rows, instance.key);
  const plan = opts.merge ? await mergePlan(instance.db, rows) : { replaced: new Map<string, Map<string, string>>(), skipped: new Map<string, Set<string>>() };
  applyPlan(tables, rows, plan);

  const filesByDocument = new Map<string, Map<FileEntry["kind"], FileEntry>>();
  for (const f of manifest.files) filesByDocument.set(f.documentId, (filesByDocument.get(f.documentId) ?? new Map()).set(f.kind, f));
  const documents = rows.get(DOCUMENTS) ?? [];
  const summary: ImportSummary = { documents: documents.length, skipped: plan.skipped.get(DOCUMENTS)?.size ?? 0, rows: {}, secretsLeftOut };

  // Objects first: a row never names an object that is not there.
  const written: string[] = [];
  try {
    let next = 0;
    let done = 0;
    const lane = async () => {
      while (next < documents.length) {
        opts.signal?.throwIfAborted();
        const doc = documents[next++]!;
        const files = filesByDocument.get(String(doc.id));
        const original = files?.get("original");
        if (original) {
          await putChecked(instance, dir, original, String(doc.object_key), String(doc.content_type));
          written.push(String(doc.object_key));
        }
        const thumbnail = files?.get("thumbnail");
        if (thumbnail && doc.thumbnail_key) {
          await putChecked(instance, dir, thumbnail, String(doc.thumbnail_key), thumbnail.path.endsWith(".webp") ? "image/webp" : "image/png");
          written.push(String(doc.thumbnail_key));
        } else doc.thumbnail_key = null; // made again by the worker's reconciliation
        // Not in backups (made again by a re-extraction): a key here would name an object that is not there.
        if ("searchable_pdf_key" in doc) doc.searchable_pdf_key = null;
        opts.onProgress?.({ documents: documents.length, done: ++done });
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, opts.concurrency) }, lane));

    await instance.db.transaction(async (tx) => {
      if (!opts.merge) await emptyTables(tx, tables);
      for (const table of tables) {
        const tableRows = rows.get(table.name) ?? [];
        const columns = table.columns.filter((c) => exported.get(table.name)?.columns.includes(c));
        if (table.name === PAGES) continue; // with their documents
        if (table.name === DOCUMENTS) {
          summary.rows[DOCUMENTS] = 0;
          summary.rows[PAGES] = 0;
          const pagesTable = tables.find((t) => t.name === PAGES);
          for (let i = 0; i < tableRows.length; i += BATCH) {
            const batch = tableRows.slice(i, i + BATCH);
            const pages: Row[] = [];
            for (const doc of batch) {
              const files = filesByDocument.get(String(doc.id));
              const text = files?.get("text");
              doc.text = text ? (await readChecked(dir, text)).toString("utf8") : null;
              const pageFile = files?.get("pages");
              if (pageFile) pages.push(...(JSON.parse((await readChecked(dir, pageFile)).toString("utf8")) as Row[]));
            }
            // A mail's attachments point at it (parent_id), maybe in a later batch: linked once all are in.
            const unlinked = batch.map((doc) => (doc.parent_id ? { ...doc, parent_id: null } : doc));
            summary.rows[DOCUMENTS] += await insertRows(tx, table, unlinked, { columns, skipConflicts: opts.merge });
            if (pagesTable) summary.rows[PAGES] += await insertRows(tx, pagesTable, pages, { skipConflicts: opts.merge });
          }
          if (columns.includes("parent_id")) await updateRows(tx, table, ["parent_id"], tableRows.filter((doc) => doc.parent_id));
          continue;
        }
        const early = table.name === "users" ? tableRows.map((u) => ({ ...u, quota_bytes: null, quota_documents: null, used_bytes: 0, used_documents: 0 })) : tableRows;
        summary.rows[table.name] = await insertRows(tx, table, early, { columns, skipConflicts: opts.merge });
      }
      const users = tables.find((t) => t.name === "users");
      // Merged users keep counters the triggers computed; a restore takes the exported ones, exactly.
      if (users) await updateRows(tx, users, opts.merge ? ["quota_bytes", "quota_documents"] : USER_LATE_COLUMNS, rows.get("users") ?? []);
    });
  } catch (err) {
    for (const key of written) await instance.store.delete(key).catch(() => {});
    throw err;
  }
  return summary;
}

/** Streams a file of the export into the store; bytes that differ from the manifest's SHA-256 are removed again. */
async function putChecked(instance: BackupInstance, dir: string, file: FileEntry, key: string, contentType: string): Promise<void> {
  const size = (await stat(join(dir, file.path)).catch(() => null))?.size;
  if (size !== file.size) throw new Error(`${file.path}: ${size === undefined ? "missing from the export" : `${size} bytes, the manifest says ${file.size}`}`);
  if (await instance.store.head(key)) {
    // Already there (an earlier, interrupted import): its bytes must be these.
    if (await sha256Of(instance, key) === file.sha256) return;
    throw new Error(`${file.path}: the store already holds a different object under ${key}`);
  }
  const hashing = hashingStream();
  await instance.store.put(key, createReadStream(join(dir, file.path)).pipe(hashing.stream), file.size, contentType);
  const { sha256 } = hashing.result();
  if (sha256 !== file.sha256) {
    await instance.store.delete(key);
    throw new Error(`${file.path}: its SHA-256 is ${sha256}, the manifest says ${file.sha256} (the export was changed or damaged)`);
  }
}

async function sha256Of(instance: BackupInstance, key: string): Promise<string | null> {
  try {
    const hash = createHash("sha256");
    for await (const chunk of await instance.store.get(key)) hash.update(chunk as Buffer);
    return hash.digest("hex");
  } catch (err) {
    if (err instanceof ObjectNotFoundError) return null;
    throw err;
  }
}

async function readChecked(dir: string, file: FileEntry): Promise<Buffer> {
  const bytes = await readFile(join(dir, file.path));
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (sha256 !== file.sha256) throw new Error(`${file.path}: its SHA-256 is ${sha256}, the manifest says ${file.sha256} (the export was changed or damaged)`);
  return bytes;
}

interface Plan {
  /** Per table: exported id → the id of the row already there that takes its place. */
  replaced: Map<string, Map<string, string>>;
  /** Per table: exported ids left out, with every row that refers to them. */
  skipped: Map<string, Set<string>>;
}

/**
 * `--merge`: users already there by email, topics by owner and name, folders by owner, parent and name take
 * the place of the exported ones; a document whose owner already has its bytes is skipped.
 */
async function mergePlan(db: DbOrTx, rows: Map<string, Row[]>): Promise<Plan> {
  const plan: Plan = { replaced: new Map(), skipped: new Map() };
  const users = new Map<string, string>();
  const existingUsers = (await db.execute(sql`select id, lower(email) as email from users`)) as unknown as { id: string; email: string }[];
  const byEmail = new Map(existingUsers.map((u) => [u.email, u.id]));
  for (const u of rows.get("users") ?? []) {
    const id = byEmail.get(String(u.email).toLowerCase());
    if (id) users.set(String(u.id), id);
  }
  plan.replaced.set("users", users);
  const owner = (id: unknown) => (id == null ? "" : (users.get(String(id)) ?? String(id)));

  const existingTopics = (await db.execute(sql`select id, coalesce(owner_id::text, '') as owner, lower(name) as name from topics`)) as unknown as { id: string; owner: string; name: string }[];
  const topicByName = new Map(existingTopics.map((t) => [`${t.owner}/${t.name}`, t.id]));
  const topics = new Map<string, string>();
  for (const t of rows.get("topics") ?? []) {
    const id = topicByName.get(`${owner(t.owner_id)}/${String(t.name).toLowerCase()}`);
    if (id) topics.set(String(t.id), id);
  }
  plan.replaced.set("topics", topics);

  const existingFolders = (await db.execute(sql`select id, owner_id::text as owner, coalesce(parent_id::text, '') as parent, lower(name) as name from folders`)) as unknown as { id: string; owner: string; parent: string; name: string }[];
  const folderByName = new Map(existingFolders.map((f) => [`${f.owner}/${f.parent}/${f.name}`, f.id]));
  const folders = new Map<string, string>();
  const folderRows = rows.get("folders") ?? [];
  // Parents before children: a child matches only under a matched parent.
  for (let changed = true; changed; ) {
    changed = false;
    for (const f of folderRows) {
      const id = String(f.id);
      if (folders.has(id) || (f.parent_id && !folders.has(String(f.parent_id)))) continue;
      const match = folderByName.get(`${owner(f.owner_id)}/${f.parent_id ? folders.get(String(f.parent_id)) : ""}/${String(f.name).toLowerCase()}`);
      if (match) {
        folders.set(id, match);
        changed = true;
      }
    }
  }
  plan.replaced.set("folders", folders);

  const existingDocs = (await db.execute(sql`select id, coalesce(owner_id::text, '') as owner, sha256 from documents`)) as unknown as { id: string; owner: string; sha256: string }[];
  const have = new Set(existingDocs.flatMap((d) => [`id:${d.id}`, `${d.owner}/${d.sha256}`]));
  const skipped = new Set<string>();
  for (const d of rows.get(DOCUMENTS) ?? []) if (have.has(`id:${String(d.id)}`) || have.has(`${owner(d.owner_id)}/${String(d.sha256)}`)) skipped.add(String(d.id));
  plan.skipped.set(DOCUMENTS, skipped);
  return plan;
}

/** Leaves out replaced and skipped rows, and rows that refer to skipped ones; points references at replacements. */
function applyPlan(tables: BackupTable[], rows: Map<string, Row[]>, plan: Plan): void {
  for (const table of tables) {
    const replaced = plan.replaced.get(table.name);
    const skipped = plan.skipped.get(table.name) ?? new Set<string>();
    plan.skipped.set(table.name, skipped);
    const keep: Row[] = [];
    for (const row of rows.get(table.name) ?? []) {
      const id = table.primaryKey.length === 1 ? String(row[table.primaryKey[0]!]) : null;
      if (id !== null && (replaced?.has(id) || skipped.has(id))) continue;
      let drop = false;
      for (const fk of table.foreignKeys) {
        if (fk.columns.length !== 1) continue;
        const column = fk.columns[0]!;
        const value = row[column];
        if (value == null) continue;
        if (plan.skipped.get(fk.table)?.has(String(value))) drop = true;
        const replacement = plan.replaced.get(fk.table)?.get(String(value));
        if (replacement) row[column] = replacement;
      }
      if (!drop) keep.push(row);
      else if (id !== null) skipped.add(id); // and what refers to it, further down
    }
    rows.set(table.name, keep);
  }
}

/**
 * A secret column that may not be null but was left out of the export (no --with-secrets, or no passphrase),
 * e.g. a webhook's signing secret, gets a new random secret: the row comes back, and its owner sets or reads
 * the secret again in the console.
 */
function replaceMissingSecrets(tables: BackupTable[], rows: Map<string, Row[]>, key: SecretKey): void {
  for (const table of tables) {
    const columns = table.notNull.filter((c) => ENCRYPTED_NAME.test(c));
    for (const row of columns.length ? (rows.get(table.name) ?? []) : []) {
      for (const c of columns) row[c] ??= encryptSecret(key, randomBytes(32).toString("base64url"));
    }
  }
}
