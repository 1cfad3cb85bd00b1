// The low-OCR-confidence flag the worker sets: in the list and detail answers, and as a list filter (tRPC and REST).
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { documents } from "@docscan/db/schema";
import { createHarness, uploadPdf, type Harness } from "./helpers.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

it("lists flagged documents on their own, shows the flag, and rejects a bad filter value", async () => {
  const clean = await uploadPdf(h, "clean.pdf");
  const garbled = await uploadPdf(h, "garbled.pdf");
  await h.database.db.update(documents).set({ ocrLowConfidence: true }).where(eq(documents.id, garbled));

  const low = await h.caller.documents.list({ lowOcrConfidence: true });
  expect(low.items.map((d) => [d.id, d.ocrLowConfidence])).toEqual([[garbled, true]]);
  const others = await h.caller.documents.list({ lowOcrConfidence: false });
  expect(others.items.map((d) => d.id)).toEqual([clean]);
  expect((await h.caller.documents.list({})).items).toHaveLength(2);

  const rest = (await (await h.request("/api/documents?lowOcrConfidence=true")).json()) as { items: { id: string; ocrLowConfidence: boolean }[] };
  expect(rest.items).toEqual([expect.objectContaining({ id: garbled, ocrLowConfidence: true })]);
  const detail = (await (await h.request(`/api/documents/${clean}`)).json()) as { ocrLowConfidence: boolean };
  expect(detail.ocrLowConfidence).toBe(false);

  const bad = await h.request("/api/documents?lowOcrConfidence=maybe");
  expect(bad.status).toBe(400);
  expect(((await bad.json()) as { error: string }).error).toContain("lowOcrConfidence must be true or false");
});
