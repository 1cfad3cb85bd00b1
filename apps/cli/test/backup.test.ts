// `pnpm docscan export` and `import` as a user runs them (child processes, real Postgres, local folder and
// S3 storage): export → import into a fresh database and store → every row, link and byte identical.
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import yazl from "yazl";
import { backupTables } from "@docscan/db/backup";
import { decryptSecret, deriveSecretKey } from "@docscan/db/secrets";
import { createTestDatabase, type TestDatabase } from "@docscan/db/testing";
import { createObjectStore, type ObjectStore, type StorageConfig } from "@docscan/storage";
import { startS3Server } from "@docscan/storage/testing";
import { REPO_ROOT } from "@docscan/testkit";
import { exportInstance } from "../src/backup/export.ts";
import { importInstance } from "../src/backup/import.ts";
import { JOURNAL, MANIFEST, manifestSchema, type Manifest } from "../src/backup/manifest.ts";
import { putDocument, seedInstance, sha256OfObject, tableFingerprints, WEBHOOK_SECRET } from "./backup-seed.ts";

const PASSPHRASE = "correct horse battery staple";
const tmp = mkdtempSync(join(tmpdir(), "docscan-backup-test-"));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  rmSync(tmp, { recursive: true, force: true });
});

interface Side {
  database: TestDatabase;
  store: ObjectStore;
  secret: string;
  env: Record<string, string>;
}

/** A database, a store of the given kind and the environment the CLI reaches them with. */
async function side(name: string, kind: "local" | "S3"): Promise<Side> {
  const database = await createTestDatabase();
  cleanups.push(() => database.drop());
  const secret = `${name}-secret-0123456789abcdef`;
  const dataDir = join(tmp, name);
  const env: Record<string, string> = { DATABASE_URL: database.url, DOCSCAN_DATA_DIR: dataDir, DOCSCAN_SECRET: secret, LOG_LEVEL: "warn" };
  let config: StorageConfig;
  if (kind === "S3") {
    const s3 = await startS3Server();
    cleanups.push(() => s3.stop());
    config = s3.config;
    Object.assign(env, { S3_ENDPOINT: s3.config.endpoint, S3_ACCESS_KEY: s3.config.accessKey, S3_SECRET_KEY: s3.config.secretKey, S3_BUCKET: s3.config.bucket, S3_REGION: s3.config.region });
  } else {
    config = { backend: "fs", root: join(dataDir, "objects"), signingSecret: deriveSecretKey(secret).toString("hex"), publicBaseUrl: "http://localhost:3000" };
  }
  const store = createObjectStore(config);
  await store.ensureReady();
  return { database, store, secret, env };
}

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `pnpm docscan <args>` typed in `tmp`, with only the given settings (nothing of this machine's S3_* or DATABASE_URL). */
function docscan(args: string[], env: Record<string, string>): Promise<Run> {
  const base: NodeJS.ProcessEnv = { ...process.env };
  for (const k of Object.keys(base)) if (/^(S3_|DATABASE_URL|DOCSCAN_|OPENAI_)/.test(k)) delete base[k];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(REPO_ROOT, "apps/cli/src/main.ts"), ...args], {
      cwd: REPO_ROOT,
      env: { ...base, INIT_CWD: tmp, DOCSCAN_EXPORT_PASSPHRASE: PASSPHRASE, ...env },
      stdio: "pipe",
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const manifestOf = (dir: string): Manifest => manifestSchema.parse(JSON.parse(readFileSync(join(dir, MANIFEST), "utf8")));
const sha256 = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function exportedTables(side: Side): Promise<string[]> {
  return (await backupTables(side.database.db)).map((t) => t.name);
}

describe.each(["local", "S3"] as const)("export and import with %s storage", (kind) => {
  it("round-trips every row, link and byte into a fresh instance whose first admin it replaces, and copies only changes the next time", async () => {
    const source = await side(`${kind}-source`, kind);
    const target = await side(`${kind}-target`, kind);
    const seeded = await seedInstance(source.database.db, source.store, deriveSecretKey(source.secret));
    // The new machine's first admin and its settings: replaced by the imported ones.
    await target.database.db.execute(sql`insert into users (email, password_hash, role) values ('first@example.test', 'x', 'admin')`);
    await target.database.db.execute(sql`insert into settings (key, value) values ('ai', '{"provider":"local"}'::jsonb)`);

    const dir = join(tmp, `${kind}-export`);
    const exported = await docscan(["export", `${kind}-export`, "--with-secrets", "--thumbnails"], source.env);
    expect(exported.stderr).not.toMatch(/docscan:/);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^exported 5 documents to .*\nfiles copied: 14 \(\d+ bytes\), unchanged: 0\nproblems: 0\n$/);

    const manifest = manifestOf(dir);
    expect(manifest.source.storage).toBe(kind === "S3" ? "s3" : "fs");
    // Readable names, a collision told apart by the id, every file's SHA-256 recorded and right.
    const originals = manifest.files.filter((f) => f.kind === "original").map((f) => f.path);
    expect(originals).toContain("files/owner@example.test/Tax _ 2024/Q1/invoice.txt");
    expect(originals).toContain(`files/owner@example.test/Tax _ 2024/Q1/invoice (${seeded.documents[1]!.id.slice(0, 8)}).txt`);
    expect(originals).toContain("files/owner@example.test/Ünïcode_ name_.txt");
    expect(originals).toContain("files/member@example.test/seeds.txt");
    expect(originals).toContain("files/unowned/old.txt");
    for (const f of manifest.files) expect(sha256(join(dir, f.path)), f.path).toBe(f.sha256);
    // The AI key is in the export only encrypted with the passphrase.
    expect(readFileSync(join(dir, MANIFEST), "utf8")).not.toContain(seeded.apiKey);

    const imported = await docscan(["import", `${kind}-export`], target.env);
    expect(imported.stderr).not.toMatch(/docscan:/);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^imported 5 documents from /);
    // Each run is in its own instance's audit log, as the command line (ADR 0024); the log itself is not exported.
    const runsIn = async (s: Side) => (await s.database.db.execute(sql`select action, actor_id, ip, object_label from audit_log where object_type = 'instance'`)) as unknown as object[];
    expect(await runsIn(source)).toEqual([{ action: "instance.export", actor_id: null, ip: "cli", object_label: dir }]);
    expect(await runsIn(target)).toEqual([{ action: "instance.import", actor_id: null, ip: "cli", object_label: dir }]);
    expect(await exportedTables(source)).not.toContain("audit_log");

    // Tables holding secrets are compared below: the secrets are encrypted with another key there.
    const tables = (await exportedTables(source)).filter((t) => t !== "settings" && t !== "webhook_endpoints");
    expect(tables).toEqual(expect.arrayContaining(["users", "folders", "topics", "documents", "document_pages", "document_topics", "topic_suggestions", "document_topic_rejections", "classification_runs"]));
    expect(await tableFingerprints(target.database.db, tables)).toEqual(await tableFingerprints(source.database.db, tables));
    // Settings: the same, the key now encrypted with the new machine's secret.
    const [ai] = (await target.database.db.execute(sql`select value from settings where key = 'ai'`)) as unknown as { value: { apiKeyEncrypted: string; threshold: number } }[];
    expect(decryptSecret(deriveSecretKey(target.secret), ai!.value.apiKeyEncrypted)).toBe(seeded.apiKey);
    expect(ai!.value.threshold).toBe(0.75);
    const hookColumns = sql`id, owner_id, url, events, enabled, created_at, updated_at`;
    expect(await target.database.db.execute(sql`select ${hookColumns} from webhook_endpoints`)).toEqual(await source.database.db.execute(sql`select ${hookColumns} from webhook_endpoints`));
    const [hook] = (await target.database.db.execute(sql`select secret_encrypted from webhook_endpoints`)) as unknown as { secret_encrypted: string }[];
    expect(decryptSecret(deriveSecretKey(target.secret), hook!.secret_encrypted)).toBe(WEBHOOK_SECRET);
    // Every object byte for byte, thumbnails too.
    const rows = (await target.database.db.execute(sql`select object_key, sha256, thumbnail_key from documents`)) as unknown as { object_key: string; sha256: string; thumbnail_key: string | null }[];
    expect(rows).toHaveLength(5);
    for (const r of rows) {
      expect(await sha256OfObject(target.store, r.object_key)).toBe(r.sha256);
      if (r.thumbnail_key) expect(await sha256OfObject(target.store, r.thumbnail_key)).toBe(await sha256OfObject(source.store, r.thumbnail_key));
    }

    // Not into an instance that holds documents.
    const again = await docscan(["import", `${kind}-export`], target.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already holds 5 documents: import into an empty one, or pass --merge/);

    // Nightly: nothing changed, nothing copied.
    const second = await docscan(["export", `${kind}-export`, "--with-secrets", "--thumbnails"], source.env);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/files copied: 0 \(0 bytes\), unchanged: 14\n/);

    // One document deleted, one added: only the new one's files are copied, the deleted one's removed.
    const gone = seeded.documents[3]!;
    await source.database.db.execute(sql`delete from documents where id = ${gone.id}`);
    await source.store.delete(gone.objectKey);
    await putDocument(source.database.db, source.store, { owner: seeded.memberId, filename: "new.txt", bytes: Buffer.from("a new letter\n") });
    const third = await docscan(["export", `${kind}-export`, "--with-secrets", "--thumbnails", "--delete"], source.env);
    expect(third.code).toBe(0);
    expect(third.stdout).toMatch(/files copied: 3 \(\d+ bytes\), unchanged: 11, removed: 3\n/);
    expect(existsSync(join(dir, "files/member@example.test/seeds.txt"))).toBe(false);
    expect(existsSync(join(dir, "files/member@example.test/new.txt"))).toBe(true);
  });
});

describe("export --zip and import of the archive", () => {
  it("round-trips through one archive, leaving no folder behind, and refuses an archive naming files outside it", async () => {
    const source = await side("zip-source", "local");
    const target = await side("zip-target", "local");
    await seedInstance(source.database.db, source.store, deriveSecretKey(source.secret));

    const exported = await docscan(["export", "backup.zip", "--zip", "--with-secrets", "--thumbnails"], source.env);
    expect(exported.stderr).not.toMatch(/docscan:/);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^exported 5 documents to .*backup\.zip\n/);
    expect(readdirSync(tmp).filter((n) => n.startsWith("backup.zip"))).toEqual(["backup.zip"]);

    const imported = await docscan(["import", "backup.zip"], target.env);
    expect(imported.stderr).not.toMatch(/docscan:/);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toMatch(/^imported 5 documents from .*backup\.zip\n/);
    expect(readdirSync(tmp).filter((n) => n.startsWith(".docscan-import-"))).toEqual([]);
    const tables = (await exportedTables(source)).filter((t) => t !== "settings" && t !== "webhook_endpoints");
    expect(await tableFingerprints(target.database.db, tables)).toEqual(await tableFingerprints(source.database.db, tables));
    const rows = (await target.database.db.execute(sql`select object_key, sha256 from documents`)) as unknown as { object_key: string; sha256: string }[];
    expect(rows).toHaveLength(5);
    for (const r of rows) expect(await sha256OfObject(target.store, r.object_key)).toBe(r.sha256);

    // A hostile archive: the writer refuses "../", so a harmless name of the same length is changed in the bytes.
    const zip = new yazl.ZipFile();
    zip.addBuffer(Buffer.from("{}"), "manifest.json");
    zip.addBuffer(Buffer.from("gotcha"), "aa/evil.txt");
    zip.end();
    const chunks: Buffer[] = [];
    for await (const c of zip.outputStream as AsyncIterable<Buffer>) chunks.push(c);
    const bytes = Buffer.from(Buffer.concat(chunks).toString("latin1").replaceAll("aa/evil.txt", "../evil.txt"), "latin1");
    writeFileSync(join(tmp, "hostile.zip"), bytes);
    const fresh = await side("zip-hostile", "local");
    const refused = await docscan(["import", "hostile.zip"], fresh.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/docscan: .*(invalid relative path|outside its folder).*\.\.\/evil\.txt/);
    expect(existsSync(join(tmp, "..", "evil.txt"))).toBe(false);
    expect(readdirSync(tmp).filter((n) => n.startsWith(".docscan-import-"))).toEqual([]);
  });
});

describe("import of a mail and its attachments", () => {
  it("links attachments to their mail even when the mail comes in a later batch", async () => {
    const source = await side("mail-source", "local");
    const target = await side("mail-target", "local");
    const db = source.database.db;
    const [owner] = (await db.execute(sql`insert into users (email, password_hash, role) values ('mail@example.test', 'x', 'admin') returning id`)) as unknown as { id: string }[];
    // The mail's id sorts after all of its 101 attachments', so batches of 100 meet the attachments first.
    const mail = await putDocument(db, source.store, { owner: owner!.id, filename: "mail.eml", bytes: Buffer.from("From: a@example.com\n\nhello\n"), text: null });
    const mailId = "ffffffff-ffff-4fff-bfff-ffffffffffff";
    await db.execute(sql`update documents set id = ${mailId} where id = ${mail.id}`);
    for (let i = 0; i < 101; i++) {
      const child = await putDocument(db, source.store, { owner: owner!.id, filename: `a${i}.txt`, bytes: Buffer.from(`attachment ${i}\n`), text: null });
      await db.execute(sql`update documents set parent_id = ${mailId}, attachment_index = ${i} where id = ${child.id}`);
    }
    expect((await docscan(["export", "mail-export"], source.env)).code).toBe(0);
    const imported = await docscan(["import", "mail-export"], target.env);
    expect(imported.stderr).not.toMatch(/docscan:/);
    expect(imported.code).toBe(0);
    const links = (await target.database.db.execute(sql`select count(*)::int as n, count(distinct attachment_index)::int as positions from documents where parent_id = ${mailId}`)) as unknown as { n: number; positions: number }[];
    expect(links).toEqual([{ n: 101, positions: 101 }]);
  });
});

describe("export", () => {
  it("leaves password hashes and secrets out without --with-secrets, and says which originals are missing or damaged (exit code 2)", async () => {
    const source = await side("plain", "local");
    const seeded = await seedInstance(source.database.db, source.store, deriveSecretKey(source.secret));
    await source.store.delete(seeded.documents[4]!.objectKey);
    const run = await docscan(["export", "plain-export"], source.env);
    expect(run.code).toBe(2);
    expect(run.stdout).toMatch(/problems: 1\n {2}files\/unowned\/old\.txt \(document [0-9a-f-]+\): the original is missing from storage/);
    const text = readFileSync(join(tmp, "plain-export", MANIFEST), "utf8");
    expect(text).not.toContain("$argon2id$");
    expect(text).not.toContain("apiKeyEncrypted");
    expect(manifestOf(join(tmp, "plain-export")).tables.find((t) => t.name === "users")!.rows.every((u) => u.password_hash === null)).toBe(true);
  });

  it("resumes an interrupted export without copying again what it had written", async () => {
    const source = await side("resume", "local");
    await seedInstance(source.database.db, source.store, deriveSecretKey(source.secret));
    const instance = { db: source.database.db, store: source.store, key: deriveSecretKey(source.secret) };
    const dir = join(tmp, "resume-export");
    const stop = new AbortController();
    const opts = { withSecrets: false, thumbnails: false, delete: false, concurrency: 1 };
    await expect(exportInstance(instance, dir, { ...opts, signal: stop.signal, onProgress: (p) => p.done === 2 && stop.abort(new Error("interrupted")) })).rejects.toThrow("interrupted");
    expect(existsSync(join(dir, MANIFEST))).toBe(false);
    expect(readFileSync(join(dir, JOURNAL), "utf8").trim().split("\n")).toHaveLength(6); // two documents: original, text, pages

    const resumed = await exportInstance(instance, dir, opts);
    expect(resumed.filesUnchanged).toBe(6);
    expect(resumed.filesCopied).toBe(7); // three more originals, two texts and pages (one document has no text)
    expect(existsSync(join(dir, JOURNAL))).toBe(false);
    for (const f of manifestOf(dir).files) expect(sha256(join(dir, f.path)), f.path).toBe(f.sha256);
  });
});

describe("import --merge", () => {
  it("adds what an instance in use lacks: users matched by email, documents whose bytes the owner has skipped", async () => {
    const source = await side("merge-source", "local");
    const target = await side("merge-target", "local");
    const seeded = await seedInstance(source.database.db, source.store, deriveSecretKey(source.secret));
    const dir = join(tmp, "merge-export");
    await exportInstance({ db: source.database.db, store: source.store, key: deriveSecretKey(source.secret) }, dir, { withSecrets: false, thumbnails: false, delete: false, concurrency: 2 });

    const [owner] = (await target.database.db.execute(sql`insert into users (email, password_hash, role) values ('OWNER@example.test', 'x', 'admin') returning id`)) as unknown as { id: string }[];
    await putDocument(target.database.db, target.store, { owner: owner!.id, filename: "mine.txt", bytes: Buffer.from("Invoice 1 from Northwind\n") });
    const instance = { db: target.database.db, store: target.store, key: deriveSecretKey(target.secret) };
    await expect(importInstance(instance, dir, { merge: false, concurrency: 2 })).rejects.toThrow(/already holds 1 document/);

    const summary = await importInstance(instance, dir, { merge: true, concurrency: 2 });
    expect(summary.skipped).toBe(1);
    const docs = (await target.database.db.execute(sql`select d.id, u.email from documents d left join users u on u.id = d.owner_id order by d.filename, d.created_at`)) as unknown as { id: string; email: string | null }[];
    expect(docs).toHaveLength(5); // its own one, and 4 of the 5 exported
    expect(docs.map((d) => d.id)).not.toContain(seeded.documents[0]!.id);
    const [counts] = (await target.database.db.execute(sql`select (select count(*)::int from users) as users, (select used_documents from users where id = ${owner!.id}) as used`)) as unknown as { users: number; used: number }[];
    expect(counts).toEqual({ users: 2, used: 3 }); // the existing owner took the export's; its counter counts all 3
    // The imported member has no usable password until reset-password gives one.
    const [member] = (await target.database.db.execute(sql`select password_hash from users where email = 'member@example.test'`)) as unknown as { password_hash: string }[];
    expect(member!.password_hash).toBe("!imported-without-password");
    // A secret that may not be missing (a webhook's signing secret) comes back as a new random one.
    const [hook] = (await target.database.db.execute(sql`select secret_encrypted from webhook_endpoints`)) as unknown as { secret_encrypted: string }[];
    const secret = decryptSecret(deriveSecretKey(target.secret), hook!.secret_encrypted);
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(secret).not.toBe(WEBHOOK_SECRET);
  });
});

describe("check", () => {
  it("reports planted faults (exit code 2), repairs the counter, keeps the row whose original is gone, and keeps the report for admins", async () => {
    const instance = await side("check", "local");
    const seeded = await seedInstance(instance.database.db, instance.store, deriveSecretKey(instance.secret));
    await instance.store.delete(seeded.documents[3]!.objectKey);
    await instance.database.db.execute(sql`update users set used_documents = 7 where id = ${seeded.memberId}`);

    const found = await docscan(["check"], instance.env);
    expect(found.stderr).not.toMatch(/docscan:/);
    expect(found.code).toBe(2);
    expect(found.stdout).toContain(`originals missing from storage: 1\n  ${seeded.documents[3]!.id}: ${seeded.documents[3]!.objectKey} is not in storage\n`);
    expect(found.stdout).toContain(`users whose quota counters are wrong: 1\n  ${seeded.memberId}: counts 7 documents`);
    expect(found.stdout).toMatch(/\nnot repaired:\n {2}1 original\(s\) missing from storage: .*\nrun with --repair to fix what can be fixed\nproblems remain\n$/);

    const repaired = await docscan(["check", "--repair"], instance.env);
    expect(repaired.code).toBe(2); // the missing original cannot be repaired
    expect(repaired.stdout).toContain("users whose quota counters are wrong: 1, repaired 1\n");
    expect(repaired.stdout).toContain("not repaired:\n  1 original(s) missing from storage: restore them from an export (the rows are kept)\n");
    const [member] = (await instance.database.db.execute(sql`select used_documents from users where id = ${seeded.memberId}`)) as unknown as { used_documents: number }[];
    expect(member!.used_documents).toBe(1);
    const [row] = (await instance.database.db.execute(sql`select value from settings where key = 'integrity_check'`)) as unknown as { value: { repair: boolean; ok: boolean } }[];
    expect(row!.value).toMatchObject({ repair: true, ok: false });

    const usage = await docscan(["check", "--sample", "0"], instance.env);
    expect(usage.code).toBe(1);
  });
});
