// Custom fields (issue 17, ADR 0033) through tRPC and REST: admins define them (type and reader from the name),
// a person's value is checked per type (400s, never 500s), shows in GET /api/documents/:id, and lists filter by
// a field's range. Real Postgres.
import { afterAll, beforeAll, expect, it } from "vitest";
import { createHarness, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

let h: Harness;
let alice: TestUser;
beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice@fields.test");
});
afterAll(async () => {
  await h?.close();
});

const json = (body: unknown, method = "POST"): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

it("defines fields, checks a person's values by type, shows them on the document and filters the list by a range", async () => {
  const total = await h.caller.fields.create({ name: "Total" });
  expect(total).toMatchObject({ type: "monetary", extract: "total" });
  expect(await h.caller.fields.create({ name: "Due date" })).toMatchObject({ type: "date", extract: "due_date" });
  await expect(h.caller.fields.create({ name: "TOTAL" })).rejects.toMatchObject({ code: "CONFLICT" });
  await expect(h.caller.fields.create({ name: "Kind", type: "select" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  await expect(h.caller.fields.create({ name: "Sum", type: "date", extract: "total" })).rejects.toMatchObject({ code: "BAD_REQUEST" });

  const a = await uploadPdf(alice, "a.pdf");
  const b = await uploadPdf(alice, "b.pdf");
  for (const [value, why] of [["12,3.4", "is not an amount"], ["abc EUR", "is not an amount"]] as const) {
    const res = await alice.request(`/api/documents/${a}/fields/${total.id}`, json({ value }, "PUT"));
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(why);
  }
  const put = await alice.request(`/api/documents/${a}/fields/${total.id}`, json({ value: "119.5 eur" }, "PUT"));
  expect(put.status).toBe(200);
  await alice.caller.documents.setField({ id: b, fieldId: total.id, value: "1200 EUR" });

  const got = (await (await alice.request(`/api/documents/${a}`)).json()) as { fields: Record<string, unknown> };
  expect(got.fields.Total).toMatchObject({ value: "119.50 EUR", amount: 119.5, currency: "EUR", source: "person" });
  expect((await alice.caller.documents.get({ id: b })).fields.Total).toMatchObject({ amount: 1200, source: "person" });

  const list = async (q: string) => ((await (await alice.request(`/api/documents?${q}`)).json()) as { items: { id: string }[] }).items.map((d) => d.id);
  expect(await list(`field=${total.id}&fieldMin=100&fieldMax=500`)).toEqual([a]);
  expect((await list(`field=${total.id}&fieldMin=1000`))).toEqual([b]);
  expect((await list(`field=${total.id}`)).sort()).toEqual([a, b].sort());
  expect((await alice.request(`/api/documents?field=${total.id}&fieldMin=2026-01-01&fieldMax=5`)).status).toBe(400);
  expect((await alice.request(`/api/documents?fieldMin=5`)).status).toBe(400);

  // Cleared by a person: final, and audited.
  await alice.caller.documents.setFieldMany({ ids: [a, b], fieldId: total.id, value: null });
  expect((await alice.caller.documents.get({ id: a })).fields.Total).toMatchObject({ value: null, source: "person" });
  const audit = await h.caller.audit.list({ action: "document.field" });
  expect(audit.items.length).toBe(4);
});
