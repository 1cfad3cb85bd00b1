// A mail's attachments become documents of their own (issue 14, ADR 0032), read by the real worker: linked to
// the mail in its order, in its folder, never stored twice however often the mail is read, held to the quota.
import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { insertUser, updateUser } from "@docscan/db";
import { documents, folders } from "@docscan/db/schema";
import { makeMsg, makePdf } from "@docscan/extract/testing";
import { enqueueForDocument } from "@docscan/jobs";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

let h: WorkerHarness;
let owner: string;
beforeAll(async () => {
  h = await startWorkerHarness();
  owner = (await insertUser(h.database.db, { email: "mail@example.test", passwordHash: "not-a-real-hash", role: "member" })).id;
});
afterAll(async () => {
  await h?.close();
});

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString("base64");

/** An e-mail with a PDF, a text file and a file of a type docscan does not take (a zip). */
function mailWithAttachments(): Uint8Array {
  const part = (type: string, name: string, bytes: Uint8Array | string) =>
    ["--m", `Content-Type: ${type}; name="${name}"`, `Content-Disposition: attachment; filename="${name}"`, "Content-Transfer-Encoding: base64", "", b64(bytes)].join("\r\n");
  return new TextEncoder().encode(
    [
      "From: Stadtwerke <billing@stadtwerke.example>",
      "To: me@example.com",
      "Subject: Your invoice",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="m"',
      "",
      "--m",
      "Content-Type: text/plain",
      "",
      "Please find your invoice attached.",
      part("application/pdf", "invoice-4711.pdf", makePdf(["Invoice 4711 for electricity"])),
      part("text/plain", "../../etc/readme.txt", "Terms and conditions of supply"),
      part("application/zip", "archive.zip", new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)])),
      "--m--",
    ].join("\r\n"),
  );
}

const children = (mailId: string) =>
  h.database.db
    .select({ id: documents.id, filename: documents.filename, index: documents.attachmentIndex, folderId: documents.folderId, ownerId: documents.ownerId, status: documents.status, text: documents.text })
    .from(documents)
    .where(eq(documents.parentId, mailId))
    .orderBy(asc(documents.attachmentIndex));

it("stores each attachment as a document linked to the mail, in the mail's folder; a second reading adds none", async () => {
  const [folder] = await h.database.db.insert(folders).values({ name: "Bills", ownerId: owner }).returning();
  const mailId = await h.queue(mailWithAttachments(), "message/rfc822", ".eml", "invoice.eml", owner, { folderId: folder!.id });
  expect(await h.settled(mailId)).toMatchObject({ status: "done", text: expect.stringContaining("Attachments: invoice-4711.pdf, ../../etc/readme.txt, archive.zip") });

  await expect.poll(async () => (await children(mailId)).length, { timeout: 60_000 }).toBe(2);
  const stored = await children(mailId);
  // The zip is not a type docscan reads: named in the mail's text, not stored. Positions are the mail's own.
  expect(stored.map(({ filename, index, folderId, ownerId }) => ({ filename, index, folderId, ownerId }))).toEqual([
    { filename: "invoice-4711.pdf", index: 0, folderId: folder!.id, ownerId: owner },
    { filename: "readme.txt", index: 1, folderId: folder!.id, ownerId: owner },
  ]);
  for (const child of stored) expect(await h.settled(child.id)).toMatchObject({ status: "done" });
  expect((await h.settled(stored[0]!.id)).text).toContain("Invoice 4711 for electricity");

  // Read again (a retry, or "re-extract"): the same two documents, no copies.
  await h.database.db.transaction((tx) => enqueueForDocument(tx, "extract_text", mailId));
  await expect.poll(async () => (await h.database.db.execute(sql`select count(*)::int as n from graphile_worker.jobs`))[0]!.n, { timeout: 60_000 }).toBe(0);
  expect((await children(mailId)).map((c) => c.id)).toEqual(stored.map((c) => c.id));

  // A missing one (deleted by its owner) comes back on the next reading; the other stays as it is.
  await h.database.db.delete(documents).where(and(eq(documents.parentId, mailId), eq(documents.attachmentIndex, 1)));
  await h.database.db.transaction((tx) => enqueueForDocument(tx, "extract_text", mailId));
  await expect.poll(async () => (await children(mailId)).length, { timeout: 60_000 }).toBe(2);
  expect((await children(mailId))[0]!.id).toBe(stored[0]!.id);
});

it("an Outlook message's attachment becomes a document too", async () => {
  const msg = await makeMsg({
    subject: "Contract",
    from: { name: "Legal", email: "legal@example.com" },
    to: [{ name: "Me", email: "me@example.com" }],
    body: "The signed contract is attached.",
    attachments: [{ name: "contract.pdf", data: makePdf(["Contract 12, signed"]) }],
  });
  const mailId = await h.queue(msg, "application/vnd.ms-outlook", ".msg", "contract.msg", owner);
  expect(await h.settled(mailId)).toMatchObject({ status: "done" });
  await expect.poll(async () => (await children(mailId)).map((c) => c.filename), { timeout: 60_000 }).toEqual(["contract.pdf"]);
  expect(await h.settled((await children(mailId))[0]!.id)).toMatchObject({ status: "done", text: expect.stringContaining("Contract 12") });
});

it("a mail a mail account imported keeps its attachments inside (its rule chose them); a full quota stores none, the mail is read all the same", async () => {
  // What intake sets on the message of a rule that imports it.
  const imported = await h.queue(mailWithAttachments(), "message/rfc822", ".eml", "imported.eml", owner, { splitAttachments: false });
  expect(await h.settled(imported)).toMatchObject({ status: "done" });

  const other = (await insertUser(h.database.db, { email: "full@example.test", passwordHash: "not-a-real-hash", role: "member" })).id;
  // Room for the mail itself (queued here past the quota check, as the api's upload would let it in), none for its
  // attachments. Set first: the worker may read the mail as soon as it is queued.
  await updateUser(h.database.db, other, { quotaDocuments: 1 });
  const full = await h.queue(mailWithAttachments(), "message/rfc822", ".eml", "full.eml", other);
  expect(await h.settled(full)).toMatchObject({ status: "done", text: expect.stringContaining("Please find your invoice attached.") });
  await expect.poll(async () => (await h.database.db.execute(sql`select count(*)::int as n from graphile_worker.jobs`))[0]!.n, { timeout: 60_000 }).toBe(0);
  expect(await children(imported)).toEqual([]);
  expect(await children(full)).toEqual([]);
});
