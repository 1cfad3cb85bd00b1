// Titles and notes (ADR 0025): a title is the file name until edited, one line, searched and sorted by;
// notes are read and added by everyone who sees the document, deleted by their author or an admin, and
// found by search as soon as they are written (and no longer once deleted). Real Postgres.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "@docscan/shared";
import { createHarness, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice@notes.test");
  bob = await h.addUser("bob@notes.test");
});
afterAll(async () => {
  await h?.close();
});

const searched = async (user: TestUser, q: string) => (await user.caller.documents.list({ q })).items.map((d) => d.id);
const json = (body: unknown, method: string): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("titles", () => {
  it("start as the file name, are renamed by tRPC and REST, and search and the name sort use them", async () => {
    const a = await uploadPdf(alice, "scan-0001.pdf");
    const b = await uploadPdf(alice, "scan-0002.pdf");
    expect((await alice.caller.documents.get({ id: a })).title).toBe("scan-0001.pdf");

    await alice.caller.documents.setTitle({ id: a, title: "  Zebra insurance policy  " });
    expect((await alice.caller.documents.get({ id: a })).title).toBe("Zebra insurance policy");
    const res = await alice.request(`/api/documents/${b}`, json({ title: "Aardvark lease" }, "PATCH"));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { title: string; filename: string }).title).toBe("Aardvark lease");

    expect(await searched(alice, "zebra")).toEqual([a]);
    expect(await searched(alice, "aardvark")).toEqual([b]);
    // The file name still finds it too.
    expect(await searched(alice, "scan-0001.pdf")).toEqual([a]);
    const byName = (await alice.caller.documents.list({ sort: "name" })).items.map((d) => d.id);
    expect(byName.indexOf(b)).toBeLessThan(byName.indexOf(a));
    const byNameDesc = (await alice.caller.documents.list({ sort: "name_desc", perPage: 1 })).items.map((d) => d.title);
    expect(byNameDesc).toEqual(["Zebra insurance policy"]);
  });

  it.each([
    ["", "the title cannot be empty"],
    ["   ", "the title cannot be empty"],
    ["two\nlines", "the title must be one line"],
    ["bell\u0007", "must not contain control characters"],
    ["x".repeat(LIMITS.titleMax + 1), "Too big"],
  ])("refuses the title %j with a 400 (%s)", async (title, message) => {
    const id = await uploadPdf(alice, "refused-title.pdf");
    await expect(alice.caller.documents.setTitle({ id, title })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const res = await alice.request(`/api/documents/${id}`, json({ title }, "PATCH"));
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json()).toLowerCase()).toContain(message.toLowerCase());
    expect((await alice.caller.documents.get({ id })).title).toBe("refused-title.pdf");
  });

  it("another member's document cannot be renamed (not found, unchanged)", async () => {
    const id = await uploadPdf(alice, "private.pdf");
    await expect(bob.caller.documents.setTitle({ id, title: "mine now" })).rejects.toThrow("document not found");
    expect((await bob.request(`/api/documents/${id}`, json({ title: "mine now" }, "PATCH"))).status).toBe(404);
    expect((await alice.caller.documents.get({ id })).title).toBe("private.pdf");
  });
});

describe("the document's own date (issue 17)", () => {
  it("is set by tRPC and REST as a person's choice, cleared with null, and a wrong date is a 400 that changes nothing", async () => {
    const id = await uploadPdf(alice, "dated.pdf");
    expect(await alice.caller.documents.setDate({ id, date: "2026-02-28" })).toEqual({ id, documentDate: "2026-02-28" });
    expect(await alice.caller.documents.get({ id })).toMatchObject({ documentDate: "2026-02-28", documentDateSource: "person" });
    for (const [date, message] of [
      ["2026-02-30", "no such date"],
      ["1899-12-31", "before 1900"],
      ["28.02.2026", "must look like 2026-03-31"],
    ] as const) {
      await expect(alice.caller.documents.setDate({ id, date })).rejects.toMatchObject({ code: "BAD_REQUEST" });
      const res = await alice.request(`/api/documents/${id}`, json({ documentDate: date }, "PATCH"));
      expect(res.status, date).toBe(400);
      expect(JSON.stringify(await res.json())).toContain(message);
    }
    const res = await alice.request(`/api/documents/${id}`, json({ documentDate: null }, "PATCH"));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { documentDate: string | null }).documentDate).toBeNull();
    expect(await alice.caller.documents.get({ id })).toMatchObject({ documentDate: null, documentDateSource: "person" });
    await expect(bob.caller.documents.setDate({ id, date: "2026-01-01" })).rejects.toThrow("document not found");
  });
});

describe("notes", () => {
  it("are listed with author and time, found by search, and no longer found once deleted", async () => {
    const id = await uploadPdf(alice, "receipt.pdf");
    const note = await alice.caller.documents.addNote({ documentId: id, text: "Refunded by the wombat shop" });
    expect(note).toMatchObject({ documentId: id, authorId: alice.user.id, authorEmail: "alice@notes.test", canDelete: true });
    expect(await searched(alice, "wombat")).toEqual([id]);

    // The admin sees the document, so reads and adds notes too; alice may not delete the admin's note.
    const adminNote = await h.caller.documents.addNote({ documentId: id, text: "Checked by accounting" });
    const asAlice = await alice.caller.documents.notes({ id });
    expect(asAlice.map((n) => [n.text, n.canDelete])).toEqual([
      ["Refunded by the wombat shop", true],
      ["Checked by accounting", false],
    ]);
    await expect(alice.caller.documents.deleteNote({ id: adminNote.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await searched(alice, "accounting")).toEqual([id]);

    await alice.caller.documents.deleteNote({ id: note.id });
    expect(await searched(alice, "wombat")).toEqual([]);
    expect(await searched(alice, "accounting")).toEqual([id]);
    // An admin deletes anyone's note.
    await h.caller.documents.deleteNote({ id: adminNote.id });
    expect(await alice.caller.documents.notes({ id })).toEqual([]);
    const [row] = await h.database.db.execute<{ notes_text: string }>(sql`select notes_text from documents where id = ${id}`);
    expect(row!.notes_text).toBe("");
  });

  it("over REST: list, add (201) and delete (204), with 400 for an empty or oversized note", async () => {
    const id = await uploadPdf(alice, "rest-notes.pdf");
    const added = await alice.request(`/api/documents/${id}/notes`, json({ text: "Filed under pangolin" }, "POST"));
    expect(added.status).toBe(201);
    const note = (await added.json()) as { id: string; text: string };
    expect(note.text).toBe("Filed under pangolin");
    const list = (await (await alice.request(`/api/documents/${id}/notes`)).json()) as { id: string }[];
    expect(list.map((n) => n.id)).toEqual([note.id]);

    for (const text of ["", "   ", "x".repeat(LIMITS.noteMax + 1), "nul\u0000"]) {
      const res = await alice.request(`/api/documents/${id}/notes`, json({ text }, "POST"));
      expect(res.status, JSON.stringify(text.slice(0, 20))).toBe(400);
      expect(((await res.json()) as { error?: string }).error).toBeTruthy();
    }
    expect((await bob.request(`/api/documents/notes/${note.id}`, { method: "DELETE" })).status).toBe(404);
    expect((await alice.request(`/api/documents/notes/${note.id}`, { method: "DELETE" })).status).toBe(204);
    expect((await alice.request(`/api/documents/notes/${note.id}`, { method: "DELETE" })).status).toBe(404);
  });

  it("another member can neither read nor add notes to a document they cannot see", async () => {
    const id = await uploadPdf(alice, "secret.pdf");
    await alice.caller.documents.addNote({ documentId: id, text: "only for alice" });
    await expect(bob.caller.documents.notes({ id })).rejects.toThrow("document not found");
    await expect(bob.caller.documents.addNote({ documentId: id, text: "hi" })).rejects.toThrow("document not found");
    expect(await searched(bob, "alice")).toEqual([]);
  });

  it(`stops at ${LIMITS.notesPerDocument} notes per document with a 400`, async () => {
    const id = await uploadPdf(alice, "many-notes.pdf");
    await h.database.db.execute(
      sql`insert into document_notes (document_id, author_id, text) select ${id}, ${alice.user.id}, 'n' || g from generate_series(1, ${LIMITS.notesPerDocument}) g`,
    );
    await expect(alice.caller.documents.addNote({ documentId: id, text: "one too many" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("two notes added at once are both searchable (the document row serialises them)", async () => {
    const id = await uploadPdf(alice, "concurrent.pdf");
    await Promise.all([alice.caller.documents.addNote({ documentId: id, text: "platypus" }), h.caller.documents.addNote({ documentId: id, text: "echidna" })]);
    expect(await searched(alice, "platypus")).toEqual([id]);
    expect(await searched(alice, "echidna")).toEqual([id]);
  });
});
