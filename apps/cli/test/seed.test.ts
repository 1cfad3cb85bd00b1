// The seeder against a real Postgres: a fresh database on the test server, dropped afterwards.
import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { listDocuments } from "@docscan/db";
import { createDatabase } from "@docscan/db";
import { testServerUrl } from "@docscan/db/testing";
import { listDocumentsInputSchema } from "@docscan/shared";
import { seed, type SeedProgress } from "../src/seed.ts";

const name = `docscan_test_seed_${randomBytes(6).toString("hex")}`;
const url = (() => {
  const u = new URL(testServerUrl());
  u.pathname = `/${name}`;
  return u.toString();
})();

afterAll(async () => {
  const admin = postgres(testServerUrl(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.end({ timeout: 5 });
});

describe("seed", () => {
  it("creates and migrates the database and fills it with the requested rows", async () => {
    const phases = new Set<string>();
    let totalField = "";
    const summary = await seed({ url, documents: 2000, topics: 12, owners: 3, onProgress: (p: SeedProgress) => phases.add(p.phase) });
    expect(summary).toMatchObject({ documents: 2000, topics: 12 });
    expect(summary.links).toBeGreaterThan(1500);
    expect([...phases]).toEqual(["prepare", "documents", "indexes", "vacuum", "done"]);

    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const [counts] = await sql<{ docs: number; links: number; topics: number; owners: number; done: number; texts: number; keys: number }[]>`
        select (select count(*)::int from documents) as docs, (select count(*)::int from document_topics) as links,
               (select count(*)::int from topics) as topics, (select count(distinct owner_id)::int from documents) as owners,
               (select count(*)::int from documents where status = 'done') as done,
               (select count(*)::int from documents where text is not null) as texts,
               (select count(distinct object_key)::int from documents where sha256 ~ '^[0-9a-f]{64}$') as keys`;
      expect(counts).toMatchObject({ docs: 2000, links: summary.links, topics: 12, owners: 3, keys: 2000 });
      expect(counts!.done / 2000).toBeGreaterThan(0.9);
      expect(counts!.texts).toBeGreaterThan(1800);
      // Lengths vary from a few words to several KB.
      const [len] = await sql<{ min: number; max: number }[]>`select min(length(text)) as min, max(length(text)) as max from documents`;
      expect(len!.min).toBeLessThan(300);
      expect(len!.max).toBeGreaterThan(5000);
      // Every index and constraint of the migration is back.
      const indexes = await sql<{ indexname: string }[]>`select indexname from pg_indexes where tablename = 'documents'`;
      expect(indexes.map((i) => i.indexname)).toEqual(expect.arrayContaining(["documents_search_idx", "documents_created_idx", "documents_object_key_unique", "documents_document_date_created_idx"]));
      const [fk] = await sql`select 1 from pg_constraint where conname = 'document_topics_document_id_documents_id_fk'`;
      expect(fk).toBeDefined();
      // Owners are real (unusable-password) members whose usage counters match their documents.
      const usage = await sql<{ ok: boolean }[]>`
        select u.used_documents = count(d.id) and u.used_bytes = coalesce(sum(d.size), 0) as ok
        from users u left join documents d on d.owner_id = u.id group by u.id`;
      expect(usage).toHaveLength(3);
      expect(usage.every((u) => u.ok)).toBe(true);
      const [fkOwner] = await sql`select 1 from pg_constraint where conname = 'documents_owner_id_users_id_fk'`;
      expect(fkOwner).toBeDefined();
      const [marker] = await sql`select to_regclass('docscan_seed_in_progress') as t`;
      expect(marker?.t).toBeNull();
      // Most documents have their own date, spread over years and never after the upload; some have none.
      const [dates] = await sql<{ dated: number; years: number; later: number; sources: string[] }[]>`
        select count(document_date)::int as dated, count(distinct extract(year from document_date))::int as years,
               count(*) filter (where document_date > created_at::date)::int as later,
               array_agg(distinct document_date_source) filter (where document_date_source is not null) as sources
        from documents`;
      expect(dates!.dated / 2000).toBeGreaterThan(0.8);
      expect(dates!.dated / 2000).toBeLessThan(0.95);
      expect(dates!.years).toBeGreaterThanOrEqual(4);
      expect(dates!.later).toBe(0);
      expect(dates!.sources.sort()).toEqual(["filename", "text"]);
      // A monetary Total on Invoices, filled on most of its done documents and on no other document.
      const [total] = await sql<{ field: string; type: string; topic: string; values: number; invoices: number; strays: number; min: number; max: number }[]>`
        select f.id as field, f.type, t.name as topic,
               (select count(*)::int from document_fields v where v.field_id = f.id and v.number is not null and v.currency is not null) as values,
               (select count(*)::int from document_topics dt join documents d on d.id = dt.document_id where dt.topic_id = t.id and d.status = 'done') as invoices,
               (select count(*)::int from document_fields v where not exists (select 1 from document_topics dt where dt.document_id = v.document_id and dt.topic_id = t.id)) as strays,
               (select min(number)::float8 from document_fields) as min, (select max(number)::float8 from document_fields) as max
        from custom_fields f join topic_fields tf on tf.field_id = f.id join topics t on t.id = tf.topic_id`;
      expect(total).toMatchObject({ type: "monetary", topic: "Invoices", values: summary.fields, strays: 0 });
      expect(total!.values / total!.invoices).toBeGreaterThan(0.8);
      expect(total!.min).toBeLessThan(20);
      expect(total!.max).toBeGreaterThan(1000);
      const [fieldFk] = await sql`select 1 from pg_constraint where conname = 'document_fields_document_id_documents_id_fk'`;
      expect(fieldFk).toBeDefined();
      const fieldIndexes = await sql<{ indexname: string }[]>`select indexname from pg_indexes where tablename = 'document_fields'`;
      expect(fieldIndexes.map((i) => i.indexname)).toEqual(expect.arrayContaining(["document_fields_field_number_idx", "document_fields_field_date_idx"]));
      totalField = total!.field;
    } finally {
      await sql.end({ timeout: 5 });
    }

    // The rows are searchable through the same query functions the api uses.
    const database = createDatabase(url, { max: 2 });
    try {
      const page = await listDocuments(database.db, listDocumentsInputSchema.parse({ q: "invoice" }));
      expect(page.items.length).toBeGreaterThan(0);
      expect(page.items[0]?.snippet ?? page.items[0]?.filename).toBeTruthy();
      // The list's document-date and amount filters find them.
      const dated = await listDocuments(database.db, listDocumentsInputSchema.parse({ datedFrom: "2024-01-01", datedTo: "2024-12-31" }));
      expect(dated.total.value).toBeGreaterThan(100);
      expect(dated.items.every((d) => d.documentDate !== null && d.documentDate >= "2024-01-01" && d.documentDate <= "2024-12-31")).toBe(true);
      const amounts = await listDocuments(database.db, listDocumentsInputSchema.parse({ field: totalField, fieldMin: "100", fieldMax: "1000" }));
      expect(amounts.total.value).toBeGreaterThan(10);
    } finally {
      await database.close();
    }

    // A second run refuses to mix rows into a seeded database, and --reset starts over.
    await expect(seed({ url, documents: 10 })).rejects.toThrow(/already has documents/);
    await expect(seed({ url, documents: 50, reset: true })).resolves.toMatchObject({ documents: 50 });

    // A database with an account that can sign in is someone's real docscan: --reset leaves it alone.
    const db = postgres(url, { max: 1, onnotice: () => {} });
    try {
      await db`insert into users (email, password_hash, role) values ('someone@example.test', '$argon2id$v=19$m=19456,t=2,p=1$real', 'admin')`;
    } finally {
      await db.end({ timeout: 5 });
    }
    await expect(seed({ url, documents: 10, reset: true })).rejects.toThrow(/has 1 account\(s\) that can sign in: it is not a seeded database/);
  });
});
