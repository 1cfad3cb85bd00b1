// Full-text search, keyset pagination and counts against a real Postgres.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DOCUMENT_SORTS,
  InvalidInputError,
  listDocumentsInputSchema,
  SNIPPET_MARK_END,
  SNIPPET_MARK_START,
  splitSnippet,
  type DocumentSort,
} from "@docscan/shared";
import {
  ALL_DOCUMENTS,
  createFolder,
  createTopic,
  EXACT_COUNT_LIMIT,
  explainListDocuments,
  getDocument,
  insertDocument,
  insertUser,
  listDocuments,
  setDocumentStatus,
  setManualTopics,
  type DocumentPage,
  type ListOptions,
} from "../src/index.ts";
import { createField } from "../src/queries/fields.ts";
import { parseSearch, queryLexemes } from "../src/queries/search-query.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

type DocFields = Partial<Parameters<typeof insertDocument>[1]>;
async function addDoc(fields: DocFields = {}) {
  const id = randomUUID();
  return insertDocument(t.db, {
    id,
    filename: "file.pdf",
    objectKey: `unowned/${id}/${randomUUID()}.pdf`,
    contentType: "application/pdf",
    size: 100,
    sha256: "0".repeat(64),
    storageBackend: "fs",
    status: "done",
    ...fields,
  });
}

function list(input: Record<string, unknown>, opts?: Parameters<typeof listDocuments>[2]): Promise<DocumentPage> {
  return listDocuments(t.db, listDocumentsInputSchema.parse(input), opts);
}
const ids = (p: DocumentPage) => p.items.map((d) => d.id);

/** A user of the shared test database. */
async function newUserId(): Promise<string> {
  return (await insertUser(t.db, { email: `${randomUUID()}@example.test`, passwordHash: "not-a-real-hash", role: "member" })).id;
}

/** A private owner per test keeps each test's documents apart in the shared database. */
async function owner() {
  return { scope: { ownerId: await newUserId() } };
}

describe("parseSearch", () => {
  it("makes the last plain word a prefix and leaves operators, phrases and exclusions alone", () => {
    expect(parseSearch("north invo")).toEqual({ head: "north", prefix: "invo", join: "and" });
    expect(parseSearch("invo")).toEqual({ head: "", prefix: "invo", join: "and" });
    expect(parseSearch("tax or invo")).toEqual({ head: "tax", prefix: "invo", join: "or" });
    expect(parseSearch('"late payment" rem')).toEqual({ head: '"late payment"', prefix: "rem", join: "and" });
    expect(parseSearch("invoice -spo").prefix).toBeNull();
    expect(parseSearch('"late paym').prefix).toBeNull();
    expect(parseSearch("tax or").prefix).toBeNull();
    expect(parseSearch("in").prefix).toBeNull(); // too short to expand
    expect(parseSearch("Grüße").prefix).toBe("Grüße");
    expect(parseSearch("northwind-invoice_2024.pdf")).toEqual({ head: "northwind invoice 2024", prefix: "pdf", join: "and" });
    expect(parseSearch("-draft report")).toEqual({ head: "-draft", prefix: "report", join: "and" });
  });

  it("reads the positive lexemes of a tsquery", () => {
    expect(queryLexemes("'invoic' & !'sport' | 'pay':* & 'o''neil'")).toEqual(["invoic", "pay", "o'neil"]);
  });
});

describe("full-text search", () => {
  it("ranks filename and title matches above body matches", async () => {
    const o = await owner();
    const body = await addDoc({ ownerId: o.scope.ownerId, filename: "scan-0001.pdf", text: "Letter\nThe invoice for March is attached." });
    const named = await addDoc({ ownerId: o.scope.ownerId, filename: "march-invoice.pdf", text: "Letter\nPlease find the amount due." });
    const titled = await addDoc({ ownerId: o.scope.ownerId, filename: "scan-0002.pdf", text: "Invoice 2024-17\nAmount due." });
    const other = await addDoc({ ownerId: o.scope.ownerId, filename: "notes.txt", text: "Nothing relevant here." });
    const page = await list({ q: "invoice" }, o);
    expect(page.sort).toBe("relevance");
    expect(ids(page)).toHaveLength(3);
    expect(ids(page).slice(0, 2).sort()).toEqual([named.id, titled.id].sort());
    expect(ids(page)[2]).toBe(body.id);
    expect(ids(page)).not.toContain(other.id);
    expect(page.total).toEqual({ value: 3, exact: true });
    // Separators in filenames and queries split words: a file name finds its file first.
    expect(ids(await list({ q: "march-invoice.pdf" }, o))[0]).toBe(named.id);
    expect(ids(await list({ q: "scan-0002" }, o))).toEqual([titled.id]);
    // The text's first line ranks like a title, but the title itself is the file name until renamed (ADR 0025).
    expect((await getDocument(t.db, titled.id, ALL_DOCUMENTS)).title).toBe("scan-0002.pdf");
  });

  it("understands web-search syntax: phrases, or, exclusion", async () => {
    const o = await owner();
    const a = await addDoc({ ownerId: o.scope.ownerId, text: "the payment is late, please pay the invoice" });
    const b = await addDoc({ ownerId: o.scope.ownerId, text: "late payment reminder for the tennis club" });
    const c = await addDoc({ ownerId: o.scope.ownerId, text: "football scores of the weekend" });
    const sorted = (p: DocumentPage) => ids(p).sort();
    expect(sorted(await list({ q: '"late payment"' }, o))).toEqual([b.id]);
    expect(sorted(await list({ q: "late payment" }, o))).toEqual([a.id, b.id].sort());
    expect(sorted(await list({ q: "tennis or football" }, o))).toEqual([b.id, c.id].sort());
    expect(sorted(await list({ q: "late -tennis" }, o))).toEqual([a.id]);
    expect(sorted(await list({ q: "payment -tennis -invoice" }, o))).toEqual([]);
  });

  it("matches the last word as a prefix while the user types", async () => {
    const o = await owner();
    const a = await addDoc({ ownerId: o.scope.ownerId, text: "Northwind quarterly statement" });
    const b = await addDoc({ ownerId: o.scope.ownerId, text: "northern lights photo" });
    expect(ids(await list({ q: "quart" }, o))).toEqual([a.id]);
    expect(ids(await list({ q: "northwind stat" }, o))).toEqual([a.id]);
    expect(ids(await list({ q: "nort" }, o)).sort()).toEqual([a.id, b.id].sort());
    expect(ids(await list({ q: "photo or quart" }, o)).sort()).toEqual([a.id, b.id].sort());
    // Words before the last one are whole words.
    expect(ids(await list({ q: "nort lights" }, o))).toEqual([]);
  });

  it("returns a snippet around the match with the highlight markers", async () => {
    const o = await owner();
    const filler = "Lorem ipsum dolor sit amet. ".repeat(400);
    await addDoc({ ownerId: o.scope.ownerId, text: `${filler}The contract renewal is due on 1 May.${filler}` });
    const [item] = (await list({ q: "renewal" }, o)).items;
    expect(item?.snippet).toContain(`${SNIPPET_MARK_START}renewal${SNIPPET_MARK_END}`);
    expect(item?.snippet?.length).toBeLessThan(600);
    const parts = splitSnippet(item!.snippet!);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(["renewal"]);
    // Without a search there are no snippets.
    expect((await list({}, o)).items[0]?.snippet).toBeNull();
  });

  it("never lets marker characters in the text fake a highlight", async () => {
    const o = await owner();
    await addDoc({ ownerId: o.scope.ownerId, text: `evil ${SNIPPET_MARK_START}fake${SNIPPET_MARK_END} words and a real match` });
    const [item] = (await list({ q: "match" }, o)).items;
    expect(splitSnippet(item!.snippet!).filter((p) => p.match).map((p) => p.text)).toEqual(["match"]);
  });

  it("combines search with every filter", async () => {
    const o = await owner();
    const { topic } = await createTopic(t.db, { name: `Bills ${randomUUID()}`, description: "", color: "#6366f1" });
    const day = (d: number) => new Date(Date.UTC(2024, 0, d));
    const hit = await addDoc({ ownerId: o.scope.ownerId, text: "electricity bill", status: "done", createdAt: day(10), sha256: "a".repeat(64) });
    const wrongTopic = await addDoc({ ownerId: o.scope.ownerId, text: "electricity bill", status: "done", createdAt: day(11) });
    const wrongStatus = await addDoc({ ownerId: o.scope.ownerId, text: "electricity bill", status: "failed", createdAt: day(12) });
    const tooLate = await addDoc({ ownerId: o.scope.ownerId, text: "electricity bill", status: "done", createdAt: day(20) });
    const otherOwner = await addDoc({ ownerId: await newUserId(), text: "electricity bill", status: "done", createdAt: day(10) });
    for (const d of [hit, wrongStatus, tooLate, otherOwner]) await setManualTopics(t.db, d.id, [topic.id], ALL_DOCUMENTS);
    expect(ids(await list({ q: "electricity" }, o))).toHaveLength(4);
    const input = { q: "electricity", topic: topic.id, status: "done", createdFrom: "2024-01-01", createdBefore: "2024-01-15" };
    for (const sort of ["relevance", "newest", "name", "largest"] as const) {
      const page = await list({ ...input, sort }, o);
      expect(ids(page)).toEqual([hit.id]);
      expect(page.total).toEqual({ value: 1, exact: true });
    }
    expect(ids(await list({ q: "electricity", sha256: "A".repeat(64) }, o))).toEqual([hit.id]);
    expect(ids(await list({ q: "electricity", status: "failed" }, o))).toEqual([wrongStatus.id]);
    expect(ids(await list({ q: "electricity", createdFrom: "2024-01-15" }, o))).toEqual([tooLate.id]);
    expect(ids(await list({ q: "electricity", topic: topic.id, sort: "oldest" }, o))).toEqual([hit.id, wrongStatus.id, tooLate.id]);
    expect(ids(await list({ q: "electricity" }, await owner()))).toEqual([]);
    expect(ids(await list({ q: "electricity" }, { scope: { ownerId: null } }))).not.toContain(wrongTopic.id);
  });

  it("ranks, within a document-date range, the matches with the latest document dates when there are more than the window holds", async () => {
    const o = await owner();
    const upload = (d: number) => new Date(Date.UTC(2026, 0, d));
    // Uploaded in the reverse order of their dates: the newest uploads are the oldest-dated matches.
    const may = await addDoc({ ownerId: o.scope.ownerId, text: "water bill", documentDate: "2024-05-20", createdAt: upload(1) });
    const april = await addDoc({ ownerId: o.scope.ownerId, text: "water bill bill", documentDate: "2024-04-20", createdAt: upload(2) });
    const march = await addDoc({ ownerId: o.scope.ownerId, text: "water bill bill bill", documentDate: "2024-03-20", createdAt: upload(3) });
    await addDoc({ ownerId: o.scope.ownerId, text: "water bill", documentDate: "2025-01-01", createdAt: upload(4) }); // outside the range
    await addDoc({ ownerId: o.scope.ownerId, text: "water bill", documentDate: null, createdAt: upload(5) }); // undated
    const range = { q: "bill", datedFrom: "2024-01-01", datedTo: "2024-12-31" };
    // A window of two: May and April (latest dated), ranked; March (the newest upload, and the best match) waits.
    const page = await list(range, { ...o, rankWindow: 2 });
    expect(ids(page)).toEqual([april.id, may.id]);
    expect(page.total).toEqual({ value: 3, exact: true });
    // A window holding every match ranks them all, whatever the order they were uploaded in.
    expect(ids(await list(range, { ...o, rankWindow: 500 }))).toEqual([march.id, april.id, may.id]);
    // Without a document-date range the window is still the newest uploads.
    expect(ids(await list({ q: "bill", createdBefore: "2026-01-04" }, { ...o, rankWindow: 2 }))).toEqual([march.id, april.id]);
  });

  it("filters by folder: only documents filed directly in it", async () => {
    const o = await owner();
    const outer = await createFolder(t.db, o.scope.ownerId, { name: "Outer", parentId: null });
    const inner = await createFolder(t.db, o.scope.ownerId, { name: "Inner", parentId: outer.id });
    const filed = await addDoc({ ownerId: o.scope.ownerId, folderId: outer.id, text: "water bill" });
    await addDoc({ ownerId: o.scope.ownerId, folderId: inner.id, text: "water bill" });
    await addDoc({ ownerId: o.scope.ownerId, text: "water bill" });
    for (const input of [{ folder: outer.id }, { folder: outer.id, q: "water" }, { folder: outer.id, sort: "name" }]) {
      const page = await list(input, o);
      expect(ids(page)).toEqual([filed.id]);
      expect(page.total).toEqual({ value: 1, exact: true });
    }
  });

  it("finds documents indexed in different languages with one query", async () => {
    const o = await owner();
    const en = await addDoc({ ownerId: o.scope.ownerId, searchLanguage: "english", text: "We are running late with the payments" });
    const simple = await addDoc({ ownerId: o.scope.ownerId, searchLanguage: "simple", text: "payments received" });
    const de = await addDoc({ ownerId: o.scope.ownerId, searchLanguage: "german", text: "Die Rechnungen sind bezahlt" });
    // English stems: "run" finds "running"; simple matches words as written.
    expect(ids(await list({ q: "run payment" }, o))).toEqual([en.id]);
    expect(ids(await list({ q: "payments" }, o)).sort()).toEqual([en.id, simple.id].sort());
    expect(ids(await list({ q: "rechnung" }, o))).toEqual([de.id]);
    // "-payments" excludes in each document's own language.
    expect(ids(await list({ q: "received -payments" }, o))).toEqual([]);
  });

  it("treats a stop word as matching nothing in stemmed languages instead of failing", async () => {
    const o = await owner();
    const en = await addDoc({ ownerId: o.scope.ownerId, searchLanguage: "english", text: "the and of" });
    const simple = await addDoc({ ownerId: o.scope.ownerId, searchLanguage: "simple", text: "the and of" });
    expect(ids(await list({ q: '"the"' }, o))).toEqual([simple.id]);
    expect(ids(await list({ q: '"the"' }, o))).not.toContain(en.id);
  });
});

describe("huge texts", () => {
  it("index a bounded prefix instead of failing the update", async () => {
    const doc = await addDoc({ status: "extracting" });
    // ~10 MB of ordinary text, then text that stems to more than tsvector's 1 MB limit.
    await setDocumentStatus(t.db, doc.id, "classifying", { text: `opening words ${"invoice payment due ".repeat(500_000)}` });
    expect((await getDocument(t.db, doc.id, ALL_DOCUMENTS)).status).toBe("classifying");
    let crafted = "";
    for (let i = 0; crafted.length < 300_000; i++) {
      const c = (n: number) => String.fromCodePoint(0x20000 + (n % 42_000));
      crafted += `${c(3 * i)}${c(3 * i + 1)}-${c(3 * i + 2)}${c(5 * i)}-${c(11 * i)} `;
    }
    await setDocumentStatus(t.db, doc.id, "done", { text: `crafted ${crafted}` });
    const [row] = await t.db.execute<{ ok: boolean; size: number }>(
      sql`select search_vector @@ 'crafted'::tsquery as ok, pg_column_size(search_vector) as size from documents where id = ${doc.id}`,
    );
    expect(row?.ok).toBe(true);
    expect(row?.size).toBeGreaterThan(0);
  });
});

describe("keyset pagination", () => {
  it("returns every row exactly once, in order, for every sort (ties on created_at included)", async () => {
    const o = await owner();
    const sameTime = new Date("2024-03-01T10:00:00.123456Z");
    const docs = [];
    for (let i = 0; i < 23; i++) {
      docs.push(
        await addDoc({
          ownerId: o.scope.ownerId,
          // Groups of five share a created_at (and a size); names repeat too.
          createdAt: i < 10 ? sameTime : new Date(sameTime.getTime() + Math.floor(i / 5) * 1000),
          size: 1000 + (i % 3),
          filename: `doc-${i % 4}.pdf`,
          text: `common words ${"receipt ".repeat(1 + (i % 6))}`,
          // Some undated, some sharing a date.
          documentDate: i % 3 === 0 ? null : `2025-0${1 + (i % 4)}-1${i % 5}`,
          // Some without a correspondent, the others sharing one of three names (ADR 0030).
          correspondentName: i % 4 === 0 ? null : `Sender ${i % 3}`,
        }),
      );
    }
    const expected = docs.map((d) => d.id).sort();
    for (const sort of DOCUMENT_SORTS) {
      const seen: string[] = [];
      const pages: DocumentPage[] = [];
      let cursor: string | undefined;
      for (let n = 0; n < 20; n++) {
        const page = await list({ sort, perPage: 4, cursor, q: sort === "relevance" ? "receipt" : undefined }, o);
        pages.push(page);
        seen.push(...ids(page));
        if (!page.nextCursor) break;
        cursor = page.nextCursor;
      }
      expect([...seen].sort(), sort).toEqual(expected);
      expect(new Set(seen).size, sort).toBe(seen.length);
      // The concatenated pages are in the same order as one big page.
      const all = await list({ sort, perPage: 100, q: sort === "relevance" ? "receipt" : undefined }, o);
      expect(seen, sort).toEqual(ids(all));
      expect(pages.at(-1)?.nextCursor).toBeNull();
      expect(pages.every((p) => p.total.value === 23 && p.total.exact)).toBe(true);
    }
  });

  it("orders relevance pages by score, best first", async () => {
    const o = await owner();
    for (let i = 1; i <= 6; i++) await addDoc({ ownerId: o.scope.ownerId, text: `${"tax ".repeat(i)} filler text` });
    const first = await list({ q: "tax", perPage: 3 }, o);
    const second = await list({ q: "tax", perPage: 3, cursor: first.nextCursor }, o);
    const counts = await Promise.all([...ids(first), ...ids(second)].map(async (id) => ((await getDocument(t.db, id, ALL_DOCUMENTS)).text ?? "").split("tax").length));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(first.rankWindow).toBeGreaterThan(0);
  });

  it("keeps offset paging for old scripts and rejects bad or foreign cursors", async () => {
    const o = await owner();
    for (let i = 0; i < 5; i++) await addDoc({ ownerId: o.scope.ownerId, createdAt: new Date(Date.UTC(2024, 5, 1 + i)) });
    const p2 = await list({ page: 2, perPage: 2 }, o);
    expect(p2.page).toBe(2);
    const byCursor = await list({ perPage: 2, cursor: (await list({ perPage: 2 }, o)).nextCursor }, o);
    expect(ids(p2)).toEqual(ids(byCursor));
    expect(listDocumentsInputSchema.safeParse({ page: 1000, perPage: 100 }).success).toBe(false);
    expect(listDocumentsInputSchema.safeParse({ sort: "relevance" }).success).toBe(false);
    await expect(list({ cursor: "not-a-cursor" }, o)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(list({ cursor: p2.nextCursor, sort: "name" }, o)).rejects.toThrow(/sort=newest/);
    const forged = Buffer.from(JSON.stringify({ s: "newest", k: "'; drop table documents; --", i: randomUUID() })).toString("base64url");
    await expect(list({ cursor: forged }, o)).rejects.toBeInstanceOf(InvalidInputError);
  });

  it("refuses cursor values JavaScript takes but Postgres cannot read, with a 4xx error instead of a failed query", async () => {
    const o = await owner();
    const cursor = (s: string, k: string) => Buffer.from(JSON.stringify({ s, k, i: randomUUID() })).toString("base64url");
    const refused = [
      { sort: "newest", k: "2024-02-30T00:00:00.000000Z" },
      { sort: "oldest", k: "0000-06-01T00:00:00.000000Z" },
      { sort: "name", k: "a\u0000b" },
      { sort: "dated_newest", k: "2026-02-30" },
      { sort: "relevance", k: "1e-400", q: "tax" },
    ] as const;
    for (const { sort, k, ...rest } of refused) {
      await expect(list({ sort, cursor: cursor(sort, k), ...rest }, o), `${sort} ${k}`).rejects.toBeInstanceOf(InvalidInputError);
    }
    // Their well-formed neighbours still page.
    await expect(list({ sort: "newest", cursor: cursor("newest", "2024-02-29T00:00:00.000000Z") }, o)).resolves.toBeDefined();
    await expect(list({ sort: "relevance", q: "tax", cursor: cursor("relevance", "0") }, o)).resolves.toBeDefined();
    await expect(list({ sort: "relevance", q: "tax", cursor: cursor("relevance", "1e-05") }, o)).resolves.toBeDefined();
  });
});

describe("range first", () => {
  it("reads a document-date or custom-field range's matches from its index and sorts them: the same pages and cursors as walking the sort", async () => {
    const o = await owner();
    const field = await createField(t.db, { name: `Total ${randomUUID()}`, type: "monetary", options: [], extract: "total" });
    for (let i = 0; i < 30; i++) {
      const doc = await addDoc({
        ownerId: o.scope.ownerId,
        // Ties on created_at, size, title, date and sender, so the id decides.
        createdAt: new Date(Date.UTC(2024, 5, 1 + Math.floor(i / 4))),
        size: 500 + (i % 3),
        filename: `range-${i % 5}.pdf`,
        documentDate: i % 7 === 0 ? null : `2024-05-${String(10 + (i % 6)).padStart(2, "0")}`,
        correspondentName: i % 4 === 0 ? null : `Sender ${i % 3}`,
      });
      if (i % 5 !== 0) {
        await t.db.execute(sql`insert into document_fields (document_id, field_id, value, number, source) values (${doc.id}, ${field.id}, ${String(240 + i)}, ${240 + i}, 'person')`);
      }
    }
    const ranges = [
      { datedFrom: "2024-05-11", datedTo: "2024-05-14" },
      { datedTo: "2024-05-13" },
      { datedFrom: "2024-05-12", field: field.id, fieldMin: "245", fieldMax: "265" },
      { field: field.id, fieldMin: "245", fieldMax: "265" },
    ];
    const limits = (n: number) => ({ rangeFirstLimit: n, fieldFirstLimit: n });
    for (const range of ranges) {
      for (const sort of DOCUMENT_SORTS.filter((x) => x !== "relevance")) {
        const walk: DocumentPage[] = [];
        const first: DocumentPage[] = [];
        for (const [opts, pages] of [[{ ...o, ...limits(0) }, walk], [{ ...o, ...limits(1_000_000) }, first]] as const) {
          let cursor: string | undefined;
          for (let n = 0; n < 20; n++) {
            const page = await list({ ...range, sort, perPage: 3, cursor }, opts);
            pages.push(page);
            if (!page.nextCursor) break;
            cursor = page.nextCursor;
          }
        }
        const label = `${JSON.stringify(range)} ${sort}`;
        expect(first.map(ids), label).toEqual(walk.map(ids));
        expect(first.map((p) => p.nextCursor), label).toEqual(walk.map((p) => p.nextCursor));
        expect(walk.flatMap(ids).length, label).toBeGreaterThan(3);
      }
      // Offset paging too.
      const byOffset = async (limit: number) => ids(await list({ ...range, page: 2, perPage: 4 }, { ...o, ...limits(limit) }));
      expect(await byOffset(1_000_000)).toEqual(await byOffset(0));
    }
    // Which path ran: the range-first page materialises the matches (a CTE), the walk does not; each kind of range
    // by its own limit.
    const plan = async (range: Record<string, unknown>, opts: ListOptions) => JSON.stringify((await explainListDocuments(t.db, listDocumentsInputSchema.parse(range), { ...o, ...opts })).page);
    for (const range of [ranges[0]!, ranges[3]!]) {
      expect(await plan(range, limits(1_000_000))).toContain("CTE Scan");
      expect(await plan(range, limits(0))).not.toContain("CTE Scan");
    }
    expect(await plan(ranges[0]!, { rangeFirstLimit: 1_000_000, fieldFirstLimit: 0 })).toContain("CTE Scan");
    expect(await plan(ranges[3]!, { rangeFirstLimit: 1_000_000, fieldFirstLimit: 0 })).not.toContain("CTE Scan");
    expect(await plan(ranges[3]!, { rangeFirstLimit: 0, fieldFirstLimit: 1_000_000 })).toContain("CTE Scan");
    // Sorted by the date itself, the date index already gives the page in order: no range-first path.
    expect(JSON.stringify((await explainListDocuments(t.db, listDocumentsInputSchema.parse({ ...ranges[0], sort: "dated_newest" }), { ...o, rangeFirstLimit: 1_000_000 })).page)).not.toContain("CTE Scan");
  });
});

describe("counts", () => {
  it("are exact up to the limit and flagged as estimates beyond it", async () => {
    const ownerId = await newUserId();
    await t.db.execute(sql`
      insert into documents (id, owner_id, filename, object_key, content_type, size, sha256, storage_backend, status, text)
      select gen_random_uuid(), ${ownerId}, 'bulk-' || i || '.txt', 'bulk/' || gen_random_uuid(), 'text/plain', i, repeat('b', 64), 'fs',
             case when i % 1000 = 0 then 'failed' else 'done' end, 'bulk filler ' || case when i % 2 = 0 then 'even' else 'odd' end
      from generate_series(1, ${EXACT_COUNT_LIMIT + 500}) i`);
    await t.db.execute(sql`analyze documents`);
    // A generous budget: exactness must not depend on how busy the test machine is.
    const scope = { scope: { ownerId }, countBudgetMs: 60_000 };
    const all = await list({ perPage: 5 }, scope);
    expect(all.total.exact).toBe(false);
    expect(all.total.value).toBeGreaterThan(EXACT_COUNT_LIMIT);
    expect(all.items).toHaveLength(5);
    const failed = await list({ status: "failed" }, scope);
    expect(failed.total).toEqual({ value: 10, exact: true });
    // "even" is a whole word here ('"even"': no prefix expansion), in half the rows.
    const even = await list({ q: '"even"' }, scope);
    expect(even.total).toEqual({ value: Math.floor((EXACT_COUNT_LIMIT + 500) / 2), exact: true });
    const filler = await list({ q: "filler", sort: "newest", perPage: 3 }, scope);
    expect(filler.total.exact).toBe(false);
    expect(filler.items).toHaveLength(3);
  });
});

describe("sorts", () => {
  it("are the ones the input schema offers", () => {
    const offered: readonly DocumentSort[] = DOCUMENT_SORTS;
    expect(offered).toEqual(["relevance", "newest", "oldest", "name", "name_desc", "largest", "smallest", "dated_newest", "dated_oldest", "correspondent", "correspondent_desc"]);
  });

  it("by the document's own date: newest dated first and undated last, or the reverse", async () => {
    const o = await owner();
    const made = [];
    for (const documentDate of ["2024-05-01", null, "2026-01-31", "2025-07-15"]) made.push((await addDoc({ ownerId: o.scope.ownerId, documentDate })).id);
    const [may24, undated, jan26, jul25] = made;
    expect(ids(await list({ sort: "dated_newest" }, o))).toEqual([jan26, jul25, may24, undated]);
    expect(ids(await list({ sort: "dated_oldest" }, o))).toEqual([undated, may24, jul25, jan26]);
    // A range of document dates (inclusive) leaves undated documents out.
    expect(ids(await list({ sort: "dated_newest", datedFrom: "2025-07-15", datedTo: "2026-01-31" }, o))).toEqual([jan26, jul25]);
    expect(ids(await list({ sort: "dated_newest", datedTo: "2025-07-14" }, o))).toEqual([may24]);
    expect(listDocumentsInputSchema.safeParse({ datedFrom: "2025-02-30" }).error?.issues[0]?.message).toBe("no such date (or before 1900)");
  });
});
