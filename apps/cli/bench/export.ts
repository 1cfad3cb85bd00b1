// `pnpm exec tsx apps/cli/bench/export.ts [--documents 10000]`: how long export (full, then with nothing
// changed) and import take for N documents with 2 kB originals on the local-folder store and real Postgres.
// Uses throwaway databases (TEST_DATABASE_URL's server) and temp folders, removed at the end.
import { createHash, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { deriveSecretKey } from "@docscan/db/secrets";
import { createTestDatabase } from "@docscan/db/testing";
import { createObjectStore, makeObjectKey } from "@docscan/storage";
import { exportInstance } from "../src/backup/export.ts";
import { importInstance } from "../src/backup/import.ts";

const { values } = parseArgs({ options: { documents: { type: "string", default: "10000" } } });
const n = Number(values.documents);
const tmp = mkdtempSync(join(tmpdir(), "docscan-bench-export-"));
const key = deriveSecretKey("bench-export-secret-0123456789");
const store = (name: string) => createObjectStore({ backend: "fs", root: join(tmp, name), signingSecret: key.toString("hex"), publicBaseUrl: "http://localhost:3000" });
const log = (line: string) => process.stderr.write(`[bench:export] ${line}\n`);
const seconds = (start: number) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

const source = await createTestDatabase();
const target = await createTestDatabase();
try {
  const from = store("from");
  const to = store("to");
  await from.ensureReady();
  await to.ensureReady();
  const [user] = (await source.db.execute(sql`insert into users (email, password_hash, role) values ('bench@example.test', 'x', 'admin') returning id`)) as unknown as { id: string }[];
  const owner = user!.id;
  let start = performance.now();
  for (let i = 0; i < n; i += 500) {
    const rows = [];
    for (let j = i; j < Math.min(n, i + 500); j++) {
      const id = randomUUID();
      const bytes = Buffer.from(`document ${j} `.repeat(150).slice(0, 2048));
      const objectKey = makeObjectKey({ owner, documentId: id, ext: ".txt" });
      await from.put(objectKey, Readable.from([bytes]), bytes.length, "text/plain");
      rows.push({ id, objectKey, sha256: createHash("sha256").update(bytes).digest("hex"), text: bytes.toString(), size: bytes.length, filename: `letter ${j % 1000}.txt` });
    }
    await source.db.execute(sql`
      insert into documents (id, owner_id, filename, object_key, content_type, size, sha256, storage_backend, status, text, page_count)
      select (r->>'id')::uuid, ${owner}::uuid, r->>'filename', r->>'objectKey', 'text/plain', (r->>'size')::bigint, r->>'sha256', 'fs', 'done', r->>'text', 1
      from json_array_elements(${JSON.stringify(rows)}::json) r`);
  }
  log(`seeded ${n} documents in ${seconds(start)}`);

  const dir = join(tmp, "export");
  const instance = { db: source.db, store: from, key };
  const opts = { withSecrets: false, thumbnails: false, delete: true, concurrency: 4 };
  start = performance.now();
  const full = await exportInstance(instance, dir, opts);
  log(`full export: ${seconds(start)} (${full.filesCopied} files, ${(full.bytesCopied / 1024 ** 2).toFixed(1)} MB)`);
  start = performance.now();
  const again = await exportInstance(instance, dir, opts);
  log(`export with nothing changed: ${seconds(start)} (${again.filesCopied} copied, ${again.filesUnchanged} unchanged)`);
  start = performance.now();
  const restored = await importInstance({ db: target.db, store: to, key }, dir, { merge: false, concurrency: 4 });
  log(`import: ${seconds(start)} (${restored.documents} documents)`);
} finally {
  await source.drop();
  await target.drop();
  rmSync(tmp, { recursive: true, force: true });
}
