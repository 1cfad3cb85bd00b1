// README's "Listing and search" paragraph is the REST list's reference for people: it names every query
// parameter GET /api/documents takes, and says what `owner` takes (me, or a user's id; `none` is refused).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { listDocumentsInputSchema } from "@docscan/shared";
import { createHarness, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

const README = readFileSync(join(import.meta.dirname, "../../../README.md"), "utf8");
const listing = README.slice(README.indexOf("**Listing and search**"), README.indexOf("\n\n", README.indexOf("**Listing and search**")));

let h: Harness;
let member: TestUser;
beforeAll(async () => {
  h = await createHarness();
  member = await h.addUser("readme-owner@example.test");
});
afterAll(async () => {
  await h?.close();
});

it("names every query parameter of the listing", () => {
  expect(listing.length).toBeGreaterThan(100);
  const missing = Object.keys(listDocumentsInputSchema.shape).filter((key) => !listing.includes(`\`${key}\``) && !listing.includes(`\`${key}=`) && !listing.includes(`/\`${key}\``));
  expect(missing).toEqual([]);
  // owner: `me` and a user's id, as the api takes them.
  expect(listing).toMatch(/`owner` \(`me`: [^)]*a user's id/);
});

it("owner takes me or a user's id over REST; anything else is a 400 that says so", async () => {
  const doc = await uploadPdf(member, "owned-by-member.pdf");
  const list = async (query: string) => {
    const res = await h.request(`/api/documents?${query}`);
    return { status: res.status, body: (await res.json()) as { items?: { id: string }[]; error?: string } };
  };
  const byId = await list(`owner=${member.user.id}`);
  expect(byId.body.items?.map((d) => d.id)).toEqual([doc]);
  expect((await list("owner=me")).body.items?.map((d) => d.id)).not.toContain(doc);
  const none = await list("owner=none");
  expect(none.status).toBe(400);
  expect(none.body.error).toContain("owner must be me or a user id");
});
