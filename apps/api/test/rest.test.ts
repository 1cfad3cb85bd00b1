import { createHash, randomUUID } from "node:crypto";
import { readdirSync } from "node:fs";
import { Readable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makePng, makeXls } from "@docscan/extract/testing";
import { runCheck, saveLastCheck } from "@docscan/integrity";
import type { ObjectStore } from "@docscan/storage";
import { createApp } from "../src/app.ts";
import { createHarness, inMemory, TINY_PDF, uploadForm, type Harness } from "./helpers.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

function objectFiles(root: string): string[] {
  return readdirSync(root, { recursive: true })
    .map(String)
    .filter((f) => /\.(pdf|txt|png)$/.test(f));
}

type Request = Harness["request"];

/** Uploads as the admin, unless another user's `request` is given. */
async function upload(form: FormData, request: Request = h.request) {
  return request("/api/documents", { method: "POST", body: form });
}

/** Requests to another app instance over the same database, as the admin. */
function asAdminOf(app: ReturnType<typeof createApp>): Request {
  const served = inMemory(app);
  return async (path, init = {}) => served.request(path, { ...init, headers: { authorization: `Bearer ${h.admin.token}` } });
}

/** Queued jobs as "task documentId". */
async function queuedJobs(): Promise<string[]> {
  const rows = await h.database.db.execute<{ job: string }>(
    sql`select t.identifier || ' ' || (j.payload->>'documentId') as job from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id`,
  );
  return rows.map((r) => r.job);
}

describe("POST /api/documents", () => {
  it("stores the bytes, writes the row, queues extraction, and serves the same bytes back as an attachment", async () => {
    const res = await upload(uploadForm({ name: "../../Invoice März.PDF", bytes: TINY_PDF }, { name: "notes.txt", bytes: Buffer.from("hello world") }));
    expect(res.status).toBe(201);
    const body = (await res.json()) as { documents: { id: string; filename: string; status: string }[] };
    expect(body.documents.map((d) => [d.filename, d.status])).toEqual([
      ["Invoice März.PDF", "pending"],
      ["notes.txt", "pending"],
    ]);
    expect(await queuedJobs()).toEqual(expect.arrayContaining(body.documents.map((d) => `extract_text ${d.id}`)));

    const id = body.documents[0]!.id;
    const meta = (await (await h.request(`/api/documents/${id}`)).json()) as Record<string, unknown>;
    expect(meta).toMatchObject({ id, filename: "Invoice März.PDF", status: "pending", error: null, topics: [], text: null, contentType: "application/pdf" });
    expect(meta.sha256).toBe(createHash("sha256").update(TINY_PDF).digest("hex"));

    const file = await h.request(`/api/documents/${id}/file`);
    expect(file.status).toBe(200);
    expect(Buffer.from(await file.arrayBuffer()).equals(TINY_PDF)).toBe(true);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(file.headers.get("content-disposition")).toMatch(/^attachment; filename="Invoice M_rz.PDF"; filename\*=UTF-8''Invoice%20M%C3%A4rz.PDF$/);

    // The object key is server-made: no trace of the user's filename.
    const [row] = await h.database.db.execute<{ object_key: string }>(sql`select object_key from documents where id = ${id}`);
    expect(row?.object_key).toMatch(new RegExp(`^${h.admin.user.id}/${id}/[0-9a-f-]{36}\\.pdf$`));
  });

  it("types a legacy Excel workbook from its bytes, whatever its name, even when its directory lies past the sniffed head", async () => {
    // WriteExcel writes the compound file's directory after the data: here well beyond the first 64 KiB.
    const xls = await makeXls([{ name: "Umsatz", fill: { rows: 300, cols: 100 } }]);
    expect(xls.length).toBeGreaterThan(200 * 1024);
    const res = await upload(uploadForm({ name: "report.txt", bytes: Buffer.from(xls) }));
    expect(res.status).toBe(201);
    const [doc] = ((await res.json()) as { documents: { id: string }[] }).documents;
    const meta = (await (await h.request(`/api/documents/${doc!.id}`)).json()) as Record<string, unknown>;
    expect(meta).toMatchObject({ filename: "report.txt", contentType: "application/vnd.ms-excel" });
    const [row] = await h.database.db.execute<{ object_key: string }>(sql`select object_key from documents where id = ${doc!.id}`);
    expect(row?.object_key).toMatch(/\.xls$/);
  });

  it("stores a second copy of the same bytes and says which document it duplicates", async () => {
    const first = (await (await upload(uploadForm({ name: "dup.txt", bytes: Buffer.from("same bytes twice") }))).json()) as { documents: { id: string; duplicateOf: string | null }[] };
    expect(first.documents[0]?.duplicateOf).toBeNull();
    const again = (await (await upload(uploadForm({ name: "dup-again.txt", bytes: Buffer.from("same bytes twice") }))).json()) as { documents: { id: string; duplicateOf: string | null }[] };
    expect(again.documents[0]?.duplicateOf).toBe(first.documents[0]?.id);
    // Another user's copy of the same bytes is nobody's duplicate: duplicates are found per owner.
    const other = await h.addUser("dup-other@example.test", "member");
    const theirs = (await (await upload(uploadForm({ name: "dup.txt", bytes: Buffer.from("same bytes twice") }), other.request)).json()) as { documents: { duplicateOf: string | null }[] };
    expect(theirs.documents[0]?.duplicateOf).toBeNull();
  });

  it("answers 413 for a file over the limit and keeps nothing", async () => {
    const before = objectFiles(h.storageRoot).length;
    const res = await upload(uploadForm({ name: "big.pdf", bytes: Buffer.concat([TINY_PDF, Buffer.alloc(2 * 1024 * 1024)]) }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: string }).error).toMatch(/larger than the upload limit of 1 MB/);
    expect(objectFiles(h.storageRoot).length).toBe(before);
  });

  it("takes a file of exactly MAX_UPLOAD_BYTES (1 MiB here)", async () => {
    const exact = Buffer.concat([TINY_PDF, Buffer.alloc(h.deps.maxUploadBytes - TINY_PDF.length, 32)]);
    const res = await upload(uploadForm({ name: "exact.pdf", bytes: exact }));
    expect(res.status).toBe(201);
    const id = ((await res.json()) as { documents: { id: string }[] }).documents[0]!.id;
    expect(await h.caller.documents.get({ id })).toMatchObject({ size: h.deps.maxUploadBytes });
  });

  it("stores a name without bidirectional controls, so it cannot display reversed", async () => {
    const res = await upload(uploadForm({ name: "invoice\u202efdp.exe", bytes: TINY_PDF }));
    expect(res.status).toBe(201);
    expect(((await res.json()) as { documents: { filename: string }[] }).documents[0]!.filename).toBe("invoicefdp.exe");
  });

  it("accepts a web page and an e-mail by their bytes (whatever the name), and serves them back as sandboxed attachments", async () => {
    const page = Buffer.from("<!doctype html><p>Hello</p><script>alert(1)</script>");
    const eml = Buffer.from("From: a@example.com\r\nTo: b@example.com\r\nSubject: Hi\r\nMIME-Version: 1.0\r\n\r\nBody\r\n");
    const res = await upload(uploadForm({ name: "page.txt", bytes: page }, { name: "message.bin", bytes: eml }));
    expect(res.status).toBe(201);
    const { documents } = (await res.json()) as { documents: { id: string }[] };
    for (const [i, type] of ["text/html", "message/rfc822"].entries()) {
      const file = await h.request(`/api/documents/${documents[i]!.id}/file`);
      expect(file.headers.get("content-type")).toBe(type);
      expect(file.headers.get("x-content-type-options")).toBe("nosniff");
      expect(file.headers.get("content-disposition")).toMatch(/^attachment;/);
      expect(file.headers.get("content-security-policy")).toContain("sandbox");
    }
  });

  it("answers 415 for SVG disguised as a PDF, and for an empty file", async () => {
    const svg = await upload(uploadForm({ name: "invoice.pdf", bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), type: "application/pdf" }));
    expect(svg.status).toBe(415);
    expect(((await svg.json()) as { error: string }).error).toMatch(/unsupported file type: image\/svg\+xml/);
    const empty = await upload(uploadForm({ name: "empty.pdf", bytes: new Uint8Array() }));
    expect(empty.status).toBe(415);
  });

  it("rejects the whole request when one of several files is bad", async () => {
    const [{ n: before }] = (await h.database.db.execute<{ n: number }>(sql`select count(*)::int as n from documents`)) as unknown as [{ n: number }];
    const res = await upload(uploadForm({ name: "ok.pdf", bytes: TINY_PDF }, { name: "evil.svg", bytes: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') }));
    expect(res.status).toBe(415);
    const [{ n: after }] = (await h.database.db.execute<{ n: number }>(sql`select count(*)::int as n from documents`)) as unknown as [{ n: number }];
    expect(after).toBe(before);
  });

  it("answers 400 for a body that is not multipart or has no file", async () => {
    const json = await h.request("/api/documents", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(json.status).toBe(400);
    const form = new FormData();
    form.append("other", "x");
    expect((await upload(form)).status).toBe(400);
  });

  it("leaves no row when storage fails", async () => {
    const failing: ObjectStore = { ...h.deps.storage, backend: "fs", put: () => Promise.reject(new Error("disk full")) };
    const app = createApp({ ...h.deps, storage: failing });
    const before = (await h.database.db.execute(sql`select id from documents`)).length;
    const res = await upload(uploadForm({ name: "a.pdf", bytes: TINY_PDF }), asAdminOf(app));
    expect(res.status).toBe(500);
    expect(((await res.json()) as { error: string }).error).toMatch(/internal error/);
    expect((await h.database.db.execute(sql`select id from documents`)).length).toBe(before);
  });

  it("stores all files of a request or none: a storage failure on the second removes the first", async () => {
    let puts = 0;
    const real = h.deps.storage;
    // The real store (its delete included), with a put that fails the second time.
    const flaky: ObjectStore = Object.assign(Object.create(real) as ObjectStore, {
      put: (...args: Parameters<ObjectStore["put"]>) => (++puts === 2 ? Promise.reject(new Error("disk full")) : real.put(...args)),
    });
    const beforeObjects = objectFiles(h.storageRoot).length;
    const beforeRows = (await h.database.db.execute(sql`select id from documents`)).length;
    const res = await upload(uploadForm({ name: "one.pdf", bytes: TINY_PDF }, { name: "two.txt", bytes: Buffer.from("second") }), asAdminOf(createApp({ ...h.deps, storage: flaky })));
    expect(res.status).toBe(500);
    expect(puts).toBe(2);
    expect(objectFiles(h.storageRoot).length).toBe(beforeObjects);
    expect((await h.database.db.execute(sql`select id from documents`)).length).toBe(beforeRows);
  });

  it("says which earlier file of the same request a file duplicates", async () => {
    const bytes = Buffer.from(`twice in one request ${randomUUID()}`);
    const res = await upload(uploadForm({ name: "a.txt", bytes }, { name: "b.txt", bytes }));
    const { documents } = (await res.json()) as { documents: { id: string; duplicateOf: string | null }[] };
    expect(documents.map((d) => d.duplicateOf)).toEqual([null, documents[0]!.id]);
  });

  it("removes the stored object when the database write fails", async () => {
    await h.database.db.execute(sql`create function fail_insert() returns trigger language plpgsql as $$ begin raise exception 'database down'; end $$`);
    await h.database.db.execute(sql`create trigger fail_insert before insert on documents for each row execute function fail_insert()`);
    try {
      const before = objectFiles(h.storageRoot).length;
      const res = await upload(uploadForm({ name: "a.pdf", bytes: TINY_PDF }));
      expect(res.status).toBe(500);
      expect(objectFiles(h.storageRoot).length).toBe(before);
    } finally {
      await h.database.db.execute(sql`drop trigger fail_insert on documents`);
    }
  });
});

describe("GET/DELETE /api/documents", () => {
  it("lists newest first with filters and validates query parameters", async () => {
    const res = await upload(uploadForm({ name: "list-me.txt", bytes: Buffer.from("listing") }));
    const { documents } = (await res.json()) as { documents: { id: string }[] };
    const list = (await (await h.request("/api/documents?perPage=1&status=pending")).json()) as {
      items: { id: string; status: string }[];
      total: { value: number; exact: boolean };
    };
    expect(list.items).toHaveLength(1);
    expect(list.items[0]?.id).toBe(documents[0]?.id);
    expect(list.total.value).toBeGreaterThanOrEqual(1);
    expect(list.total.exact).toBe(true);

    const sha = createHash("sha256").update("listing").digest("hex");
    const bySha = (await (await h.request(`/api/documents?sha256=${sha.toUpperCase()}`)).json()) as { items: { id: string }[] };
    expect(bySha.items.map((d) => d.id)).toEqual([documents[0]?.id]);

    for (const q of ["sha256=abc", "perPage=0", "perPage=1000", "status=bogus", `topic=${"x".repeat(300)}`, "page=abc", "page=500&perPage=100", "sort=relevance", "sort=bogus", "cursor=nonsense", "createdFrom=someday", `q=${"x".repeat(300)}`]) {
      const bad = await h.request(`/api/documents?${q}`);
      expect(bad.status, q).toBe(400);
      expect(((await bad.json()) as { error: string }).error.length).toBeGreaterThan(0);
    }
    // `topic` takes a name too: an unknown one is "not found", like an unknown id.
    const unknownTopic = await h.request("/api/documents?topic=not-a-uuid");
    expect([unknownTopic.status, ((await unknownTopic.json()) as { error: string }).error]).toEqual([404, 'topic "not-a-uuid" not found']);
  });

  it("searches with ?q=, highlights matches and pages with cursors (and still with page=)", async () => {
    const name = `quarterly-${randomUUID().slice(0, 8)}`;
    const uploaded = [];
    for (let i = 0; i < 3; i++) {
      const res = await upload(uploadForm({ name: `${name}-${i}.txt`, bytes: Buffer.from(`report ${i}`) }));
      uploaded.push(((await res.json()) as { documents: { id: string }[] }).documents[0]!.id);
    }
    // Text arrives from the worker; set it directly here.
    await h.database.db.execute(sql`update documents set text = 'The revenue grew in the third quarter.' where id = ${uploaded[1]}`);
    type Page = { items: { id: string; title: string | null; snippet: string | null }[]; total: { value: number; exact: boolean }; nextCursor: string | null; sort: string; page: number | null };
    const get = async (query: string) => {
      const res = await h.request(`/api/documents?${query}`);
      expect(res.status, query).toBe(200);
      return (await res.json()) as Page;
    };
    const hit = await get("q=revenue");
    expect(hit.sort).toBe("relevance");
    expect(hit.items.map((d) => d.id)).toEqual([uploaded[1]]);
    // The title is the file name until someone renames the document (ADR 0025).
    expect(hit.items[0]?.title).toBe(`${name}-1.txt`);
    expect(hit.items[0]?.snippet).toContain("\uE000revenue\uE001");
    // As-you-type prefix, on the filename.
    expect((await get(`q=${name.slice(0, 8)}`)).total).toEqual({ value: 3, exact: true });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await get(`q=${name}&sort=oldest&perPage=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(uploaded);
    const second = await get(`q=${name}&sort=oldest&perPage=2&page=2`);
    expect(second.page).toBe(2);
    expect(second.items.map((d) => d.id)).toEqual([uploaded[2]]);
  });

  it("answers 400 for a malformed id and 404 for an unknown one, on every document route", async () => {
    for (const path of ["", "/file"]) {
      expect((await h.request(`/api/documents/nope${path}`)).status).toBe(400);
      expect((await h.request(`/api/documents/${randomUUID()}${path}`)).status).toBe(404);
    }
    expect((await h.request(`/api/documents/nope`, { method: "DELETE" })).status).toBe(400);
    expect((await h.request(`/api/documents/${randomUUID()}`, { method: "DELETE" })).status).toBe(404);
  });

  it("moves it to the trash (bytes kept), and with permanent=true deletes the row and the bytes", async () => {
    const res = await upload(uploadForm({ name: "gone.pdf", bytes: TINY_PDF }));
    const id = ((await res.json()) as { documents: { id: string }[] }).documents[0]!.id;
    const before = objectFiles(h.storageRoot).length;
    expect((await h.request(`/api/documents/${id}`, { method: "DELETE" })).status).toBe(204);
    expect((await h.request(`/api/documents/${id}`)).status).toBe(404);
    expect(objectFiles(h.storageRoot).length).toBe(before);
    expect((await h.request(`/api/documents/${id}?permanent=true`, { method: "DELETE" })).status).toBe(204);
    expect(objectFiles(h.storageRoot).length).toBe(before - 1);
  });
});

describe("previews", () => {
  it("serves raster images inline with nosniff and a sandbox, refuses other types, and 404s a missing thumbnail", async () => {
    const png = Buffer.from(makePng());
    const up = (await (await upload(uploadForm({ name: "dot.png", bytes: png }))).json()) as { documents: { id: string }[] };
    const res = await h.request(`/api/documents/${up.documents[0]!.id}/preview`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("content-disposition")).toBe("inline");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    expect((await h.request(`/api/documents/${up.documents[0]!.id}/thumbnail`)).status).toBe(404);

    const pdf = (await (await upload(uploadForm({ name: "a.pdf", bytes: TINY_PDF }))).json()) as { documents: { id: string }[] };
    expect((await h.request(`/api/documents/${pdf.documents[0]!.id}/preview`)).status).toBe(415);
  });

  it("serves a thumbnail under its key as ETag, answering 304 to a browser that has it", async () => {
    const [id] = (await (await upload(uploadForm({ name: "thumbed.pdf", bytes: TINY_PDF }))).json() as { documents: { id: string }[] }).documents.map((d) => d.id);
    const key = `thumbs/${id}.png`;
    const png = Buffer.from(makePng());
    await h.deps.storage.put(key, Readable.from([png]), png.length, "image/png");
    await h.database.db.execute(sql`update documents set thumbnail_key = ${key} where id = ${id}`);
    const res = await h.request(`/api/documents/${id}/thumbnail`);
    expect(res.status).toBe(200);
    expect([res.headers.get("content-type"), res.headers.get("etag"), res.headers.get("cache-control")]).toEqual(["image/png", `"${key}"`, "private, no-cache"]);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    const again = await h.request(`/api/documents/${id}/thumbnail`, { headers: { "if-none-match": `"${key}"` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("searchable PDF", () => {
  it("is served like the original (attachment, nosniff), 404s with a reason when there is none, and goes with the document", async () => {
    const [id] = (await (await upload(uploadForm({ name: "Scan März.jpeg", bytes: TINY_PDF }))).json() as { documents: { id: string }[] }).documents.map((d) => d.id);
    const none = await h.request(`/api/documents/${id}/searchable.pdf`);
    expect(none.status).toBe(404);
    expect(await none.json()).toEqual({ error: "this document has no searchable PDF (only scans and photos get one, once their text is extracted)" });
    await h.database.db.execute(sql`update documents set searchable_pdf_error = 'the PDF is encrypted; pdf-lib cannot rewrite it' where id = ${id}`);
    expect(await (await h.request(`/api/documents/${id}/searchable.pdf`)).json()).toEqual({ error: "this document has no searchable PDF: the PDF is encrypted; pdf-lib cannot rewrite it" });

    // As the worker stores it: a key of its own beside the original, the row pointing at it.
    const key = `00000000-0000-4000-8000-000000000000/${id}/${randomUUID()}.pdf`;
    const pdf = Buffer.from("%PDF-1.7\n% a searchable PDF stands in here\n%%EOF\n");
    await h.deps.storage.put(key, Readable.from([pdf]), pdf.length, "application/pdf");
    await h.database.db.execute(sql`update documents set searchable_pdf_key = ${key}, searchable_pdf_error = null where id = ${id}`);
    const detail = (await (await h.request(`/api/documents/${id}`)).json()) as { searchablePdf: boolean; searchablePdfError: string | null };
    expect(detail).toMatchObject({ searchablePdf: true, searchablePdfError: null });

    const res = await h.request(`/api/documents/${id}/searchable.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-length")).toBe(String(pdf.length));
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="Scan M_rz.searchable.pdf"; filename*=UTF-8''Scan%20M%C3%A4rz.searchable.pdf`);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("content-security-policy")).toMatch(/sandbox/);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(Buffer.from(await res.arrayBuffer()).equals(pdf)).toBe(true);
    const head = await h.request(`/api/documents/${id}/searchable.pdf`, { method: "HEAD" });
    expect([head.status, head.headers.get("content-length")]).toEqual([200, String(pdf.length)]);

    // Trash keeps it; deleting for good removes it with the original.
    expect((await h.request(`/api/documents/${id}`, { method: "DELETE" })).status).toBe(204);
    expect(await h.deps.storage.head(key)).not.toBeNull();
    expect((await h.request(`/api/documents/${id}?permanent=true`, { method: "DELETE" })).status).toBe(204);
    expect(await h.deps.storage.head(key)).toBeNull();
  });
});

describe("HEAD and missing bytes", () => {
  it("answers HEAD with the headers without opening the stored object", async () => {
    let opened = 0;
    const storage: ObjectStore = Object.assign(Object.create(h.deps.storage) as ObjectStore, {
      get: (key: string) => {
        opened++;
        return h.deps.storage.get(key);
      },
    });
    const app = inMemory(createApp({ ...h.deps, storage }));
    const [id] = (await (await upload(uploadForm({ name: "head.pdf", bytes: TINY_PDF }))).json() as { documents: { id: string }[] }).documents.map((d) => d.id);
    const head = await app.request(`/api/documents/${id}/file`, { method: "HEAD", headers: { authorization: `Bearer ${h.admin.token}` } });
    expect(head.status).toBe(200);
    expect([head.headers.get("content-length"), head.headers.get("x-content-type-options")]).toEqual([String(TINY_PDF.length), "nosniff"]);
    expect(opened).toBe(0);
    const get = await app.request(`/api/documents/${id}/file`, { headers: { authorization: `Bearer ${h.admin.token}` } });
    expect(Buffer.from(await get.arrayBuffer()).equals(TINY_PDF)).toBe(true);
    expect(opened).toBe(1);
  });

  it("answers 404 when a document's bytes are gone from storage", async () => {
    const [id] = (await (await upload(uploadForm({ name: "vanished.pdf", bytes: TINY_PDF }))).json() as { documents: { id: string }[] }).documents.map((d) => d.id);
    const [row] = await h.database.db.execute<{ object_key: string }>(sql`select object_key from documents where id = ${id}`);
    await h.deps.storage.delete(row!.object_key);
    const res = await h.request(`/api/documents/${id}/file`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: "the stored file is missing" });
    expect((await h.request(`/api/documents/${id}/file`, { method: "HEAD" })).status).toBe(404);
  });
});

describe("health and unknown routes", () => {
  it("reports each dependency, with details for admins only", async () => {
    const res = await h.request("/healthz");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", checks: { db: { ok: true }, storage: { ok: true }, ai: { ok: true, provider: "local", detail: "offline classifier" } }, integrity: null });
    const anonymous = await h.anonymous.request("/healthz");
    expect(await anonymous.json()).toEqual({ status: "ok", checks: { db: { ok: true }, storage: { ok: true }, ai: { ok: true, provider: "local" } } });
    // A monitor with a stale token still gets the status, as anyone would.
    const stale = await h.anonymous.request("/healthz", { headers: { authorization: "Bearer dst_revoked-long-ago" } });
    expect([stale.status, await stale.json()]).toEqual([200, await (await h.anonymous.request("/healthz")).json()]);
  });

  it("shows admins the last integrity check, and nobody else", async () => {
    const report = await runCheck({ db: h.deps.db, store: h.deps.storage }, { repair: false, sample: 1 });
    await saveLastCheck(h.deps.db, report);
    const admin = (await (await h.request("/healthz")).json()) as { integrity: unknown };
    expect(admin.integrity).toEqual({ at: report.finishedAt, repair: false, ok: report.ok, documents: report.documents, unrepaired: report.unrepaired, found: expect.objectContaining({ missingOriginals: report.missingOriginals.found, counters: report.counters.found }) });
    expect(await (await h.anonymous.request("/healthz")).json()).not.toHaveProperty("integrity");
  });

  it("says degraded with 503 when a dependency fails, naming the error to admins and the log only", async () => {
    const broken = inMemory(createApp({ ...h.deps, pingDb: () => Promise.reject(new Error("connect ECONNREFUSED 10.1.2.3:5432")) }));
    const anonymous = await broken.request("/healthz");
    expect(anonymous.status).toBe(503);
    const body = await anonymous.text();
    expect(JSON.parse(body)).toMatchObject({ status: "degraded", checks: { db: { ok: false } } });
    expect(body).not.toContain("10.1.2.3");
    const admin = await broken.request("/healthz", { headers: { authorization: `Bearer ${h.admin.token}` } });
    expect(await admin.json()).toMatchObject({ status: "degraded", checks: { db: { ok: false, detail: "connect ECONNREFUSED 10.1.2.3:5432" } } });
  });

  it("answers JSON 404 for an unknown route", async () => {
    const res = await h.request("/api/nothing-here");
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: expect.stringMatching(/no route/) });
  });
});
