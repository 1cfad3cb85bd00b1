// What scoring reads of each document's text, stored once (ADR 0029, Performance, third pass): the worker writes
// it with the vector; documents classified before migration 0031 get it from a backfill over their texts.
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { documents, documentTextFeatures, documentVectors } from "../schema/index.ts";

export interface StoredTextFeatures {
  tooLittle: boolean;
  textKey: string;
  words: readonly string[];
}

export interface NewTextFeatures extends StoredTextFeatures {
  documentId: string;
  version: string;
  /** The hash of the file name and text they were computed from (the vector's `source_sha256` for the same text). */
  sourceSha256: string;
}

/** The stored column's words: space-separated (a word is letters and digits only). */
export const wordsFromColumn = (words: string): string[] => (words === "" ? [] : words.split(" "));

/** Stores (or replaces) documents' text features in one statement; documents deleted meanwhile are skipped. */
export async function putTextFeatures(db: DbOrTx, rows: readonly NewTextFeatures[]): Promise<void> {
  if (rows.length === 0) return;
  // One JSON parameter: no array literal to escape, and 1 000 rows cost one parameter.
  const json = JSON.stringify(rows.map((r) => ({ document_id: r.documentId, version: r.version, source_sha256: r.sourceSha256, too_little: r.tooLittle, text_key: r.textKey, words: r.words.join(" ") })));
  await db.execute(sql`
    insert into ${documentTextFeatures} (document_id, version, source_sha256, too_little, text_key, words)
    select f.document_id, f.version, f.source_sha256, f.too_little, f.text_key, f.words
    from jsonb_to_recordset(${json}::jsonb) as f(document_id uuid, version text, source_sha256 text, too_little boolean, text_key text, words text)
    where exists (select 1 from ${documents} d where d.id = f.document_id)
    on conflict (document_id) do update
      set version = excluded.version, source_sha256 = excluded.source_sha256, too_little = excluded.too_little, text_key = excluded.text_key, words = excluded.words
      -- The same version of the same source gives the same features: such a row is not rewritten.
      where (${documentTextFeatures}.version, ${documentTextFeatures}.source_sha256) is distinct from (excluded.version, excluded.source_sha256)`);
}

/**
 * Documents with a stored vector of `version` but no text features of `featuresVersion` for the vector's source,
 * in id order after `after`: their texts, to compute the features from.
 */
export async function vectorsWithoutTextFeatures(
  db: DbOrTx,
  opts: { version: string; featuresVersion: string; after: string | null; limit: number },
): Promise<{ documentId: string; sourceSha256: string; filename: string; text: string }[]> {
  return db.execute<{ documentId: string; sourceSha256: string; filename: string; text: string }>(sql`
    select v.document_id as "documentId", v.source_sha256 as "sourceSha256", d.filename, d.text
    from ${documentVectors} v
    join ${documents} d on d.id = v.document_id
    left join ${documentTextFeatures} f on f.document_id = v.document_id and f.version = ${opts.featuresVersion} and f.source_sha256 = v.source_sha256
    where v.version = ${opts.version} and f.document_id is null and d.text is not null
      ${opts.after ? sql`and v.document_id > ${opts.after}::uuid` : sql``}
    order by v.document_id
    limit ${opts.limit}`);
}

/** A backfill that stored this many rows analyzes the table when done. */
const ANALYZE_AFTER = 1000;

/**
 * Gives every document with a stored vector the text features of its vector's text, `batch` documents per
 * statement: `compute` gives the features and the hash of the file name and text they came from; a document whose
 * text changed since its vector was made is left for its reclassification (which stores both anew). Returns how
 * many it stored.
 */
export async function backfillTextFeatures(
  db: DbOrTx,
  opts: {
    version: string;
    featuresVersion: string;
    compute: (text: string, filename: string) => { sourceSha256: string; features: StoredTextFeatures };
    batch?: number;
  },
): Promise<number> {
  let after: string | null = null;
  let stored = 0;
  for (;;) {
    const rows = await vectorsWithoutTextFeatures(db, { version: opts.version, featuresVersion: opts.featuresVersion, after, limit: opts.batch ?? 1000 });
    if (rows.length === 0) {
      // Planner statistics at once: without them, a trial's page (vectors left-joined to their features) was planned
      // as a pass over the whole table per page after a large backfill — ~3x the time of reading the vectors alone.
      if (stored >= ANALYZE_AFTER) await db.execute(sql`analyze ${documentTextFeatures}`);
      return stored;
    }
    const out: NewTextFeatures[] = [];
    for (const r of rows) {
      const { sourceSha256, features } = opts.compute(r.text, r.filename);
      if (sourceSha256 === r.sourceSha256) out.push({ documentId: r.documentId, version: opts.featuresVersion, sourceSha256, ...features });
    }
    await putTextFeatures(db, out);
    stored += out.length;
    after = rows.at(-1)!.documentId;
  }
}
