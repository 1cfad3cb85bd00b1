import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBEDDING_DIMENSIONS, EMBEDDING_VERSION, sourceSha256Of, TEXT_FEATURES_VERSION, textFeatures } from "@docscan/classify";
import { insertDocument, putDocumentVector } from "@docscan/db";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

// What a topic trial reads of a document's text (ADR 0029, Performance, third pass) is stored by the worker with the
// vector, and a document classified before that gets it from the backfill queued at the worker's start.
let h: WorkerHarness;
const OLD = { id: randomUUID(), text: "Invoice 1182 from the print shop: business cards and letterheads, amount due within thirty days.", filename: "old.txt" };

beforeAll(async () => {
  h = await startWorkerHarness({
    // Classified before text features were stored: a vector, and no features.
    prepare: async ({ database: { db } }) => {
      await insertDocument(db, { id: OLD.id, ownerId: null, filename: OLD.filename, objectKey: `x/${OLD.id}.txt`, contentType: "text/plain", size: 1, sha256: "0".repeat(64), storageBackend: "fs" });
      await db.execute(sql`update documents set text = ${OLD.text}, status = 'done' where id = ${OLD.id}`);
      const vector = new Float32Array(EMBEDDING_DIMENSIONS).fill(1 / Math.sqrt(EMBEDDING_DIMENSIONS));
      await putDocumentVector(db, OLD.id, { version: EMBEDDING_VERSION, sourceSha256: sourceSha256Of(OLD.text, OLD.filename), vector });
    },
  });
}, 300_000);

afterAll(async () => {
  await h?.close();
});

/** The document's stored features, and what they should be: computed from its text, under its vector's source. */
async function featuresOf(id: string) {
  const [row] = await h.database.db.execute<{ version: string; source_sha256: string; too_little: boolean; text_key: string; words: string; vector_source: string; text: string }>(sql`
    select f.version, f.source_sha256, f.too_little, f.text_key, f.words, v.source_sha256 as vector_source, d.text
    from documents d join document_vectors v on v.document_id = d.id left join document_text_features f on f.document_id = d.id where d.id = ${id}`);
  const f = textFeatures(row!.text);
  return {
    stored: { version: row!.version, sourceSha256: row!.source_sha256, tooLittle: row!.too_little, textKey: row!.text_key, words: row!.words?.split(" ") },
    expected: { version: TEXT_FEATURES_VERSION, sourceSha256: row!.vector_source, tooLittle: f.tooLittle, textKey: f.textKey, words: [...f.words] },
  };
}

describe("text features", () => {
  it("a document classified before they were stored gets them from the backfill queued at start", async () => {
    await h.drained();
    const { stored, expected } = await featuresOf(OLD.id);
    expect(stored).toEqual(expected);
    expect(stored.words.length).toBeGreaterThan(5);
  }, 300_000);

  it("a classification stores them with the vector, from the same text", async () => {
    const id = await h.queue(Buffer.from("Your tax return for 2024: the tax office assessment is enclosed, with the income tax due."), "text/plain", ".txt", "tax.txt");
    expect((await h.settled(id)).status).toBe("done");
    await h.drained();
    const { stored, expected } = await featuresOf(id);
    expect(stored).toEqual(expected);
  }, 300_000);
});
