// Test data for the export/import tests: every kind of row an instance holds, written straight to the
// database and the store (the api's own paths are tested elsewhere).
import { createHash, randomUUID } from "node:crypto";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import type { Db } from "@docscan/db";
import { encryptSecret, type SecretKey } from "@docscan/db/secrets";
import { makeObjectKey, type ObjectStore } from "@docscan/storage";

export interface Seeded {
  adminId: string;
  memberId: string;
  documents: { id: string; objectKey: string; sha256: string }[];
  apiKey: string;
}

export const WEBHOOK_SECRET = "whsec-0123456789abcdef";

const sha = (b: Buffer) => createHash("sha256").update(b).digest("hex");

export async function putDocument(
  db: Db,
  store: ObjectStore,
  doc: { owner: string | null; folder?: string | null; filename: string; bytes: Buffer; text?: string | null; status?: string; thumbnail?: Buffer; createdAt?: string },
): Promise<{ id: string; objectKey: string; sha256: string }> {
  const id = randomUUID();
  const ext = doc.filename.slice(doc.filename.lastIndexOf("."));
  const objectKey = makeObjectKey({ owner: doc.owner, documentId: id, ext });
  await store.put(objectKey, Readable.from([doc.bytes]), doc.bytes.length, "text/plain");
  let thumbnailKey: string | null = null;
  if (doc.thumbnail) {
    thumbnailKey = makeObjectKey({ owner: doc.owner, documentId: id, ext: ".png" });
    await store.put(thumbnailKey, Readable.from([doc.thumbnail]), doc.thumbnail.length, "image/png");
  }
  const sha256 = sha(doc.bytes);
  await db.execute(sql`
    insert into documents (id, owner_id, folder_id, filename, object_key, content_type, size, sha256, storage_backend, status, text, page_count, thumbnail_key, created_at)
    values (${id}, ${doc.owner}, ${doc.folder ?? null}, ${doc.filename}, ${objectKey}, 'text/plain', ${doc.bytes.length}, ${sha256}, ${store.backend},
      ${doc.status ?? "done"}, ${doc.text === undefined ? doc.bytes.toString() : doc.text}, 1, ${thumbnailKey}, ${doc.createdAt ?? new Date().toISOString()})`);
  if (doc.text !== null) {
    await db.execute(sql`insert into document_pages (document_id, page_number, text, method, ocr_confidence) values (${id}, 1, ${doc.bytes.toString()}, 'ocr', 91.25)`);
  }
  return { id, objectKey, sha256 };
}

export async function seedInstance(db: Db, store: ObjectStore, key: SecretKey): Promise<Seeded> {
  const [admin] = (await db.execute(sql`
    insert into users (email, password_hash, role, quota_bytes, quota_documents, created_at)
    values ('owner@example.test', '$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2g', 'admin', 1000000, 50, '2024-01-02T03:04:05.123456Z') returning id`)) as unknown as { id: string }[];
  const [member] = (await db.execute(sql`
    insert into users (email, password_hash, role, disabled) values ('member@example.test', '$argon2id$v=19$m=19456,t=2,p=1$bWVtYmVy$bWVtYmVy', 'member', false) returning id`)) as unknown as { id: string }[];
  const adminId = admin!.id;
  const memberId = member!.id;
  const [tax] = (await db.execute(sql`insert into folders (owner_id, name) values (${adminId}, 'Tax / 2024') returning id`)) as unknown as { id: string }[];
  const [q1] = (await db.execute(sql`insert into folders (owner_id, parent_id, name) values (${adminId}, ${tax!.id}, 'Q1') returning id`)) as unknown as { id: string }[];
  const [invoices] = (await db.execute(sql`insert into topics (name, description, color, threshold) values ('Invoices', 'Bills to pay', '#ff0000', 0.7) returning id`)) as unknown as { id: string }[];
  const [personal] = (await db.execute(sql`insert into topics (owner_id, name, description, color) values (${memberId}, 'Garden', 'Seeds and plants', '#00ff00') returning id`)) as unknown as { id: string }[];

  const documents = [
    await putDocument(db, store, { owner: adminId, folder: q1!.id, filename: "invoice.txt", bytes: Buffer.from("Invoice 1 from Northwind\n"), thumbnail: Buffer.from("png-bytes-1"), createdAt: "2024-02-01T10:00:00.000001Z" }),
    // Same name in the same folder: a second readable name.
    await putDocument(db, store, { owner: adminId, folder: q1!.id, filename: "invoice.txt", bytes: Buffer.from("Invoice 2 from Contoso\n"), createdAt: "2024-02-02T10:00:00Z" }),
    await putDocument(db, store, { owner: adminId, filename: "Ünïcode: name?.txt", bytes: Buffer.from("unicode\n"), text: null, status: "failed" }),
    await putDocument(db, store, { owner: memberId, filename: "seeds.txt", bytes: Buffer.from("Tomato seeds, 3 packets\n") }),
    await putDocument(db, store, { owner: null, filename: "old.txt", bytes: Buffer.from("from before accounts\n"), status: "pending" }),
  ];
  const [run] = (await db.execute(sql`
    insert into classification_runs (document_id, provider, model, prompt_version, topic_set_version, input_tokens, output_tokens, cost_usd, outcome)
    values (${documents[0]!.id}, 'openai', 'gpt-4o-mini', 'p1', 't1', 120, 30, 0.000123, 'review') returning id`)) as unknown as { id: string }[];
  await db.execute(sql`insert into document_topics (document_id, topic_id, source, confidence, quote) values (${documents[0]!.id}, ${invoices!.id}, 'ai', 0.93, 'Invoice 1')`);
  await db.execute(sql`insert into document_topics (document_id, topic_id, source) values (${documents[1]!.id}, ${invoices!.id}, 'manual')`);
  await db.execute(sql`insert into topic_suggestions (document_id, topic_id, confidence, quote, run_id) values (${documents[3]!.id}, ${personal!.id}, 0.55, 'Tomato', ${run!.id})`);
  await db.execute(sql`insert into topic_suggestions (document_id, proposed_name, proposed_description, confidence) values (${documents[0]!.id}, 'Utilities', 'Power and water', 0.6)`);
  await db.execute(sql`insert into document_topic_rejections (document_id, topic_id, rejected_by) values (${documents[3]!.id}, ${invoices!.id}, ${memberId})`);
  const apiKey = "sk-test-0123456789abcdef";
  await db.execute(sql`insert into settings (key, value) values ('ai', ${JSON.stringify({ provider: "openai", model: "gpt-4o-mini", apiKeyEncrypted: encryptSecret(key, apiKey), threshold: 0.75 })}::jsonb)`);
  // A secret in a column of its own: a webhook's signing secret.
  await db.execute(sql`insert into webhook_endpoints (owner_id, url, events, secret_encrypted) values (${adminId}, 'https://hooks.example.test/docscan', '{document.created}', ${encryptSecret(key, WEBHOOK_SECRET)})`);
  return { adminId, memberId, documents, apiKey };
}

/** A fingerprint of every row of each table: equal fingerprints, equal rows. */
export async function tableFingerprints(db: Db, tables: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of tables) {
    const [row] = (await db.execute(sql`select count(*)::int as n, md5(coalesce(string_agg(x::text, E'\n' order by x::text), '')) as md5 from ${sql.identifier(t)} x`)) as unknown as { n: number; md5: string }[];
    out[t] = `${row!.n} rows ${row!.md5}`;
  }
  return out;
}

export async function sha256OfObject(store: ObjectStore, key: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of await store.get(key)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}
