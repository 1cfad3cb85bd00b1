import type { TRPCError } from "@trpc/server";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { putDocumentVector } from "@docscan/db";
import { createHarness, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

// "Similar documents": the same owner's documents nearest by their stored vectors (ADR 0014).
let h: Harness;
let alice: TestUser;
let bob: TestUser;
beforeAll(async () => {
  h = await createHarness();
  alice = await h.addUser("alice-similar@example.test");
  bob = await h.addUser("bob-similar@example.test");
});
afterAll(async () => {
  await h?.close();
});

/** A unit vector in 512 dimensions pointing mostly along axis `i`, a little along `j`. */
function vec(i: number, j = i, mix = 0): Float32Array {
  const v = new Float32Array(512);
  v[i] = 1;
  v[j] = (v[j] ?? 0) + mix;
  const n = Math.hypot(...v);
  return v.map((x) => x / n);
}

async function docWithVector(as: TestUser, name: string, vector: Float32Array | null, version = "use-lite-1"): Promise<string> {
  const id = await uploadPdf(as, name);
  if (vector) await putDocumentVector(h.database.db, id, { version, sourceSha256: "x", vector });
  return id;
}

describe("documents.similar", () => {
  it("lists the owner's nearest documents, best first, never another owner's, nor unrelated ones", async () => {
    const target = await docWithVector(alice, "target.pdf", vec(0));
    const near = await docWithVector(alice, "near.pdf", vec(0, 1, 0.2));
    const nearer = await docWithVector(alice, "nearer.pdf", vec(0, 1, 0.05));
    await docWithVector(alice, "unrelated.pdf", vec(7));
    await docWithVector(alice, "old-encoder.pdf", vec(0), "another-version");
    await docWithVector(alice, "no-vector-yet.pdf", null);
    await docWithVector(bob, "bobs-twin.pdf", vec(0));

    const out = await alice.caller.documents.similar({ id: target });
    expect(out.map((d) => d.filename)).toEqual(["nearer.pdf", "near.pdf"]);
    expect(out.map((d) => d.id)).toEqual([nearer, near]);
    expect(out[0]!.similarity).toBeGreaterThan(out[1]!.similarity);
    expect(await alice.caller.documents.similar({ id: target, limit: 1 })).toHaveLength(1);
    // An admin asking gets the owner's neighbours too, not their own.
    expect((await h.caller.documents.similar({ id: target })).map((d) => d.id)).toEqual([nearer, near]);
  });

  it("is empty before the worker stored a vector; another owner's document is NOT_FOUND; bad input is BAD_REQUEST", async () => {
    const fresh = await docWithVector(alice, "fresh.pdf", null);
    expect(await alice.caller.documents.similar({ id: fresh })).toEqual([]);
    const err = await bob.caller.documents.similar({ id: fresh }).catch((e: unknown) => e);
    expect((err as TRPCError).code).toBe("NOT_FOUND");
    const missing = await alice.caller.documents.similar({ id: randomUUID() }).catch((e: unknown) => e);
    expect((missing as TRPCError).code).toBe("NOT_FOUND");
    const bad = await alice.caller.documents.similar({ id: fresh, limit: 1000 }).catch((e: unknown) => e);
    expect((bad as TRPCError).code).toBe("BAD_REQUEST");
  });
});
