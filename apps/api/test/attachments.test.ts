// A mail and the documents made of its attachments (ADR 0032): both ways, in the mail's order, only what the
// viewer may see (tRPC and REST alike).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createHarness, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let alice: TestUser;
let bob: TestUser;
beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice@example.test");
  bob = await h.addUser("bob@example.test");
});
afterAll(async () => {
  await h?.close();
});

/** What the worker leaves after reading a mail with attachments: documents linked to it with their positions. */
async function attach(mailId: string, ids: string[]) {
  for (const [index, id] of ids.entries()) await h.database.db.execute(sql`update documents set parent_id = ${mailId}, attachment_index = ${index} where id = ${id}`);
}

it("lists a mail's attachments in order and names an attachment's mail; trashed ones and other people's stay hidden", async () => {
  const mail = await uploadPdf(alice, "mail.pdf");
  const second = await uploadPdf(alice, "second.pdf");
  const first = await uploadPdf(alice, "first.pdf");
  const third = await uploadPdf(alice, "third.pdf");
  await attach(mail, [first, second, third]);
  await alice.caller.documents.delete({ id: third });

  const family = await alice.caller.documents.family({ id: mail });
  expect(family).toEqual({
    attachedTo: null,
    attachments: [
      { id: first, title: "first.pdf", contentType: "application/pdf", status: "pending" },
      { id: second, title: "second.pdf", contentType: "application/pdf", status: "pending" },
    ],
  });
  expect(await alice.caller.documents.family({ id: first })).toEqual({ attachedTo: { id: mail, title: "mail.pdf", contentType: "application/pdf", status: "pending" }, attachments: [] });

  const res = await alice.request(`/api/documents/${mail}/family`);
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual(family);

  // Someone else's mail: not found, as every other document route says.
  await expect(bob.caller.documents.family({ id: mail })).rejects.toMatchObject({ code: "NOT_FOUND" });
  expect((await bob.request(`/api/documents/${mail}/family`)).status).toBe(404);

  // The mail in the trash: its attachments no longer point at it.
  await alice.caller.documents.delete({ id: mail });
  expect((await alice.caller.documents.family({ id: first })).attachedTo).toBeNull();
});
