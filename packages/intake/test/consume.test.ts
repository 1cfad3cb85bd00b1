import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, open, readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { and, eq, isNull, sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDatabase, type Database } from "@docscan/db";
import { consumedFiles, documents, documentTopics, folders, topics } from "@docscan/db/schema";
import { makePdf } from "@docscan/extract/testing";
import { consumeActivity, startConsumer, type Consumer, type ConsumeOptions } from "../src/consume.ts";
import { createHarness, documentCount, documentsNamed, eventually, silentLog, type Harness } from "./helpers.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dir.length + 1)).sort();
}

describe("consume folder", () => {
  let h: Harness;
  let lock: Database;
  let consumer: Consumer | null = null;
  let dir: string;

  beforeEach(async () => {
    h = await createHarness();
    lock = createDatabase(h.database.url, { session: true });
    dir = join(h.tmp, "consume");
  });
  afterEach(async () => {
    await consumer?.stop();
    consumer = null;
    await lock.close();
    await h.close();
  });

  const start = (opts: Partial<ConsumeOptions> = {}) => {
    consumer = startConsumer(h.deps, lock.db, { dir, doneDir: null, ownerEmail: null, stableMs: 600, scanIntervalMs: 300, subdirsAs: "none", ...opts }, silentLog);
    return consumer;
  };

  it("imports a PDF for the first admin once it stops growing, queues extraction and removes the file", async () => {
    start();
    const pdf = makePdf(["Invoice 4711 from ACME"]);
    await mkdir(dir, { recursive: true });
    // Written slowly: a chunk every 250 ms, for longer than the stability wait.
    const handle = await open(join(dir, "invoice.pdf"), "w");
    const chunk = Math.ceil(pdf.length / 8);
    for (let i = 0; i < pdf.length; i += chunk) {
      await handle.write(pdf.subarray(i, i + chunk));
      await handle.sync();
      await sleep(250);
      expect(await documentCount(h.deps.db)).toBe(0);
    }
    await handle.close();
    const [doc] = await eventually("the import", async () => {
      const rows = await documentsNamed(h.deps.db, "invoice.pdf");
      return rows.length > 0 && rows;
    });
    expect(doc).toMatchObject({ ownerId: h.adminId, contentType: "application/pdf", size: pdf.length, status: "pending" });
    expect(Buffer.compare(await readFile(join(h.storageRoot, doc!.objectKey)), Buffer.from(pdf))).toBe(0);
    const jobs = await h.deps.db.execute(sql`select t.identifier from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id where j.payload->>'documentId' = ${doc!.id}`);
    expect(jobs.map((j) => j.identifier)).toEqual(["extract_text"]);
    await eventually("the file removed", async () => (await filesUnder(dir)).length === 0);
    expect(await documentCount(h.deps.db)).toBe(1);
    const activity = await consumeActivity(h.deps.db);
    expect(activity.recent).toMatchObject([{ path: "invoice.pdf", outcome: "imported", documentId: doc!.id }]);
    expect(activity.status?.lastScanAt).toBeInstanceOf(Date);
  });

  it("leaves a .tmp file alone until it is renamed, then imports it under its final name", async () => {
    start();
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "scan-001.pdf.tmp"), makePdf(["page one"]));
    await sleep(2000);
    expect(await documentCount(h.deps.db)).toBe(0);
    await rename(join(dir, "scan-001.pdf.tmp"), join(dir, "scan-001.pdf"));
    await eventually("the import", async () => (await documentsNamed(h.deps.db, "scan-001.pdf")).length === 1);
    await eventually("the file removed", async () => (await filesUnder(dir)).length === 0);
    expect(await documentCount(h.deps.db)).toBe(1);
  });

  it("maps subfolders to nested docscan folders, and moves imported files to CONSUME_DONE_DIR", async () => {
    const done = join(h.tmp, "done");
    start({ subdirsAs: "folders", doneDir: done });
    await mkdir(join(dir, "Invoices", "2026"), { recursive: true });
    await writeFile(join(dir, "Invoices", "2026", "march.txt"), "Invoice for March 2026, total 120 EUR\n");
    const [doc] = await eventually("the import", async () => {
      const rows = await documentsNamed(h.deps.db, "march.txt");
      return rows.length > 0 && rows;
    });
    const [inner] = await h.deps.db.select().from(folders).where(eq(folders.id, doc!.folderId!));
    const [outer] = await h.deps.db.select().from(folders).where(eq(folders.id, inner!.parentId!));
    expect([outer!.name, inner!.name]).toEqual(["Invoices", "2026"]);
    await eventually("the file moved", async () => (await filesUnder(done)).join() === "Invoices/2026/march.txt");
    expect(await filesUnder(dir)).toEqual([]);
  });

  it("maps subfolders to topics (a global one by name, else the owner's own) that classification keeps", async () => {
    const [global] = await h.deps.db.insert(topics).values({ name: "Invoices" }).returning();
    start({ subdirsAs: "topics" });
    await mkdir(join(dir, "invoices", "ACME"), { recursive: true });
    await writeFile(join(dir, "invoices", "ACME", "a.txt"), "ACME invoice\n");
    const [doc] = await eventually("the import", async () => {
      const rows = await documentsNamed(h.deps.db, "a.txt");
      return rows.length > 0 && rows;
    });
    const links = await h.deps.db
      .select({ name: topics.name, ownerId: topics.ownerId, source: documentTopics.source })
      .from(documentTopics)
      .innerJoin(topics, eq(topics.id, documentTopics.topicId))
      .where(eq(documentTopics.documentId, doc!.id))
      .orderBy(topics.name);
    expect(links).toEqual([
      { name: "ACME", ownerId: h.adminId, source: "manual" },
      { name: "Invoices", ownerId: null, source: "manual" },
    ]);
    expect(global!.id).toBeTruthy();
  });

  it("moves a file that cannot be a document to failed/ with a .reason.txt, and records it", async () => {
    start();
    await mkdir(join(dir, "sub"), { recursive: true });
    await writeFile(join(dir, "sub", "logo.svg"), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    await eventually("the failure", async () => (await filesUnder(dir)).join() === "failed/sub/logo.svg,failed/sub/logo.svg.reason.txt");
    expect(await readFile(join(dir, "failed", "sub", "logo.svg.reason.txt"), "utf8")).toMatch(/unsupported file type: image\/svg\+xml/);
    expect(await documentCount(h.deps.db)).toBe(0);
    const rows = await h.deps.db.select().from(consumedFiles).where(and(eq(consumedFiles.outcome, "failed"), isNull(consumedFiles.documentId)));
    expect(rows).toMatchObject([{ path: "sub/logo.svg", reason: expect.stringMatching(/image\/svg\+xml/) }]);
  });

  it("lets only one process consume: a second consumer does nothing while the first holds the lock", async () => {
    const first = start();
    await first.scan();
    const otherLock = createDatabase(h.database.url, { session: true });
    const second = startConsumer(h.deps, otherLock.db, { dir, doneDir: null, ownerEmail: null, stableMs: 0, scanIntervalMs: 50, subdirsAs: "none" }, silentLog);
    try {
      await first.stop();
      consumer = null;
      // The first still holds the lock (its session is open): the second, with no wait at all, takes nothing.
      await writeFile(join(dir, "a.txt"), "some text\n");
      await sleep(1000);
      await second.scan();
      expect(await documentCount(h.deps.db)).toBe(0);
      // Once the first's session ends, the second takes over.
      await lock.close();
      lock = createDatabase(h.database.url, { session: true });
      await eventually("the second consumer's import", async () => (await documentCount(h.deps.db)) === 1);
    } finally {
      await second.stop();
      await otherLock.close();
    }
  });
});

describe("consume folder across a kill -9", () => {
  let h: Harness;
  let child: ChildProcess | null = null;
  beforeEach(async () => {
    h = await createHarness();
  });
  afterEach(async () => {
    child?.kill("SIGKILL");
    await h.close();
  });

  function startChild(dir: string): ChildProcess {
    const entry = fileURLToPath(new URL("./consume-child.ts", import.meta.url));
    const env = { ...process.env, DATABASE_URL: h.database.url, STORAGE_ROOT: h.storageRoot, CONSUME_DIR: dir };
    return spawn(process.execPath, ["--import", "tsx", entry], { env, stdio: "ignore" });
  }

  it("imports every file exactly once when the consumer is killed mid-import and restarted", async () => {
    const dir = join(h.tmp, "consume");
    await mkdir(join(dir, "a"), { recursive: true });
    const n = 30;
    for (let i = 0; i < n; i++) await writeFile(join(dir, i % 2 ? "a" : "", `doc-${i}.txt`), `document number ${i}\n${"x".repeat(i * 1000)}\n`);
    const imported = async () => (await h.deps.db.select({ n: sql<number>`count(*)::int` }).from(consumedFiles))[0]!.n;
    for (let round = 0; round < 3; round++) {
      child = startChild(dir);
      const before = await imported();
      // Killed as soon as this round has imported something: mid-way through the folder.
      await eventually("an import", async () => (await imported()) > before || (await imported()) === n, 60_000);
      child.kill("SIGKILL");
      await new Promise((r) => child!.once("exit", r));
    }
    child = startChild(dir);
    await eventually("every file imported and removed", async () => (await filesUnder(dir)).length === 0, 90_000);
    child.kill("SIGKILL");
    const rows = await h.deps.db.select({ filename: documents.filename, n: sql<number>`count(*)::int` }).from(documents).groupBy(documents.filename);
    expect(rows.length).toBe(n);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    expect(await imported()).toBe(n);
    // Four child starts (tsx, the app, a Postgres pool each): at CI's busiest one start took over 20 s, so the test
    // may take as long as its own waits add up to (3 × 60 s + 90 s), not the file's default 120 s.
  }, 300_000);
});
