// Correspondents (issue 17, ADR 0030): the list and its rules, a person's choice for documents, and what the
// worker needs to assign one (the rules in force for an owner, the documents the owner confirmed).
import { and, asc, count, eq, inArray, isNotNull, isNull, ne, notInArray, or, sql, type SQL } from "drizzle-orm";
import { ConflictError, NotFoundError, type CorrespondentSource, type MatchAlgorithm } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { isUniqueViolation } from "../errors.ts";
import { correspondents, documents, type CorrespondentRow } from "../schema/index.ts";
import type { ListScope } from "./document-list.ts";
import { documentsInScopeOrThrow, proposalPending } from "./documents.ts";
import { documentsInScope } from "./topics.ts";

export type { CorrespondentRow };
/** `personal`: one user's rather than everyone's; `documentCount`: documents in the viewer's scope. */
export type CorrespondentWithCount = CorrespondentRow & { documentCount: number; personal: boolean };
export interface CorrespondentFields {
  name: string;
  match: string;
  algorithm: MatchAlgorithm;
  caseInsensitive: boolean;
}

/** The correspondents `ownerId` may use (global ones and their own); null: global only. */
export function correspondentsAvailableTo(ownerId: string | null): SQL {
  return ownerId === null ? isNull(correspondents.ownerId) : or(isNull(correspondents.ownerId), eq(correspondents.ownerId, ownerId))!;
}

/** Global correspondents and `userId`'s own, by name, each with its documents in `scope` (documents_correspondent_created_idx). */
export async function listCorrespondents(db: DbOrTx, viewer: { userId: string | null; scope: ListScope }): Promise<CorrespondentWithCount[]> {
  const counts = db
    .select({ correspondentId: documents.correspondentId, n: count().as("n") })
    .from(documents)
    .where(and(isNotNull(documents.correspondentId), documentsInScope(viewer.scope)))
    .groupBy(documents.correspondentId)
    .as("counts");
  const rows = await db
    .select({ c: correspondents, n: counts.n })
    .from(correspondents)
    .leftJoin(counts, eq(counts.correspondentId, correspondents.id))
    .where(correspondentsAvailableTo(viewer.userId))
    .orderBy(asc(sql`lower(${correspondents.name})`), asc(correspondents.id));
  return rows.map((r) => ({ ...r.c, documentCount: r.n ?? 0, personal: r.c.ownerId !== null }));
}

/** The correspondents a document of `ownerId` is matched against, by name. */
export async function listAvailableCorrespondents(db: DbOrTx, ownerId: string | null): Promise<CorrespondentRow[]> {
  return db
    .select()
    .from(correspondents)
    .where(correspondentsAvailableTo(ownerId))
    .orderBy(asc(sql`lower(${correspondents.name})`), asc(correspondents.id));
}

/** The correspondent if `userId` can see it (global, or their own); anyone else's is "correspondent not found". */
export async function getVisibleCorrespondent(db: DbOrTx, userId: string, id: string): Promise<CorrespondentRow> {
  const [row] = await db
    .select()
    .from(correspondents)
    .where(and(eq(correspondents.id, id), correspondentsAvailableTo(userId)));
  if (!row) throw new NotFoundError("correspondent");
  return row;
}

const nameTaken = (name: string) => new ConflictError(`a correspondent named "${name}" already exists`);

/** A new correspondent: global without `ownerId`. A name that exists (any case) in the same scope is a conflict. */
export async function createCorrespondent(db: DbOrTx, fields: CorrespondentFields & { ownerId: string | null }): Promise<CorrespondentRow> {
  const [row] = await db.insert(correspondents).values(fields).onConflictDoNothing().returning();
  if (!row) throw nameTaken(fields.name);
  return row;
}

/** Changes the fields given; a new name is copied to its documents (the sort reads the copy). */
export async function updateCorrespondent(db: DbOrTx, id: string, fields: Partial<CorrespondentFields>): Promise<CorrespondentRow> {
  return db.transaction(async (tx) => {
    let row: CorrespondentRow | undefined;
    try {
      [row] = await tx
        .update(correspondents)
        .set({ ...fields, updatedAt: sql`now()` })
        .where(eq(correspondents.id, id))
        .returning();
    } catch (err) {
      if (isUniqueViolation(err)) throw nameTaken(fields.name ?? "");
      throw err;
    }
    if (!row) throw new NotFoundError("correspondent");
    if (fields.name !== undefined) {
      await tx.update(documents).set({ correspondentName: row.name }).where(and(eq(documents.correspondentId, id), ne(documents.correspondentName, row.name)));
    }
    return row;
  });
}

/** Deletes it; its documents keep no correspondent (a person's choice of it included). Returns how many. */
export async function deleteCorrespondent(db: DbOrTx, id: string): Promise<{ detached: number }> {
  return db.transaction(async (tx) => {
    const detached = await tx
      .update(documents)
      .set({ correspondentId: null, correspondentName: null, correspondentSource: null, correspondentConfidence: null, correspondentQuote: null })
      .where(eq(documents.correspondentId, id))
      .returning({ id: documents.id });
    const [row] = await tx.delete(correspondents).where(eq(correspondents.id, id)).returning({ id: correspondents.id });
    if (!row) throw new NotFoundError("correspondent");
    return { detached: detached.length };
  });
}

/**
 * A person's choice for every one of `ids` (null: no correspondent), all or nothing: the correspondent must
 * be one each document's owner may use (global, or the owner's own), else "correspondent not found". Source
 * `person`: the worker never changes it. Returns the documents as they were, for the audit log.
 */
export async function setDocumentsCorrespondent(
  db: DbOrTx,
  ids: string[],
  correspondentId: string | null,
  scope: ListScope,
): Promise<{ updated: number; name: string | null; before: { id: string; correspondentId: string | null }[] }> {
  return db.transaction(async (tx) => {
    const docs = await documentsInScopeOrThrow(tx, ids, scope, { forUpdate: true });
    let name: string | null = null;
    if (correspondentId !== null) {
      for (const ownerId of new Set(docs.map((d) => d.ownerId))) {
        const [c] = await tx
          .select({ name: correspondents.name })
          .from(correspondents)
          .where(and(eq(correspondents.id, correspondentId), correspondentsAvailableTo(ownerId)));
        if (!c) throw new NotFoundError("correspondent");
        name = c.name;
      }
    }
    const docIds = docs.map((d) => d.id);
    const before = await tx.select({ id: documents.id, correspondentId: documents.correspondentId }).from(documents).where(inArray(documents.id, docIds));
    await tx
      .update(documents)
      .set({
        correspondentId,
        correspondentName: name,
        correspondentSource: "person",
        correspondentConfidence: null,
        correspondentQuote: null,
        proposedCorrespondent: null,
        proposedCorrespondentQuote: null,
        updatedAt: sql`now()`,
      })
      .where(inArray(documents.id, docIds));
    return { updated: docs.length, name, before };
  });
}

/** What the worker found (null: nothing); a person's choice stays (ADR 0030, like topics and dates). */
export interface FoundCorrespondent {
  correspondentId: string;
  source: Exclude<CorrespondentSource, "person">;
  confidence: number;
  quote: string;
}

/**
 * Saves the worker's answer unless a person chose; the name is read with the id, so a correspondent deleted
 * meanwhile leaves the document without one. False when a person's choice was kept. The offline finders
 * (`overLlm` false) leave the LLM's choice too (person > llm > offline, issue 17); the classification run that has
 * the LLM's answer passes `overLlm` to replace it.
 */
export async function saveFoundCorrespondent(db: DbOrTx, documentId: string, found: FoundCorrespondent | null, opts: { overLlm?: boolean } = {}): Promise<boolean> {
  const kept: CorrespondentSource[] = opts.overLlm ? ["person"] : ["person", "llm"];
  const name = found ? sql`(select c.name from ${correspondents} c where c.id = ${found.correspondentId})` : sql`null`;
  const id = found ? sql`(select c.id from ${correspondents} c where c.id = ${found.correspondentId})` : sql`null`;
  const updated = await db
    .update(documents)
    .set({
      correspondentId: id,
      correspondentName: name,
      correspondentSource: found ? sql`case when (${id}) is null then null else ${found.source} end` : null,
      correspondentConfidence: found?.confidence ?? null,
      correspondentQuote: found?.quote ?? null,
    })
    .where(and(eq(documents.id, documentId), or(isNull(documents.correspondentSource), notInArray(documents.correspondentSource, kept))))
    .returning({ id: documents.id });
  return updated.length > 0;
}

/**
 * The sender the LLM read when none of the owner's correspondents is it (null clears it); a document whose
 * correspondent a person chose gets none, nor one whose proposal of that name a person dismissed.
 */
export async function saveProposedCorrespondent(db: DbOrTx, documentId: string, proposal: { name: string; quote: string } | null): Promise<void> {
  // A name a person dismissed in review is not proposed for this document again (like a rejected topic).
  const dismissed = proposal ? sql`lower(${documents.proposedCorrespondentDismissed}) = lower(${proposal.name})` : sql`false`;
  await db
    .update(documents)
    .set({
      proposedCorrespondent: sql`case when ${dismissed} then null else ${proposal?.name ?? null}::text end`,
      proposedCorrespondentQuote: sql`case when ${dismissed} then null else ${proposal?.quote.slice(0, 500) ?? null}::text end`,
    })
    .where(and(eq(documents.id, documentId), or(isNull(documents.correspondentSource), ne(documents.correspondentSource, "person"))));
}

/** Confirmed documents read per correspondent, and in all: the learned model's cost stays bounded. */
export const LEARN_PER_CORRESPONDENT = 20;
export const LEARN_MAX_EXAMPLES = 1000;

/**
 * The owner's documents whose `auto` correspondent a person chose, newest first, at most
 * LEARN_PER_CORRESPONDENT per correspondent (through documents_correspondent_created_idx) and
 * LEARN_MAX_EXAMPLES in all; only the text's head (1 500 characters) and foot (500) are read, which is all the
 * model looks at. `exclude`: the document being assigned.
 */
export async function confirmedCorrespondentExamples(
  db: DbOrTx,
  ownerId: string | null,
  exclude?: string,
): Promise<{ correspondentId: string; text: string; filename: string }[]> {
  const owner = ownerId === null ? sql`d.owner_id is null` : sql`d.owner_id = ${ownerId}`;
  const available = ownerId === null ? sql`c.owner_id is null` : sql`(c.owner_id is null or c.owner_id = ${ownerId})`;
  const rows = await db.execute<{ correspondent_id: string; text: string; filename: string }>(sql`
    select c.id as correspondent_id, x.text, x.filename
    from ${correspondents} c
    cross join lateral (
      select d.filename, case when length(d.text) > 2000 then left(d.text, 1500) || E'\n' || right(d.text, 500) else d.text end as text
      from ${documents} d
      where d.correspondent_id = c.id and d.correspondent_source = 'person' and ${owner}
        and d.text is not null and d.trashed_at is null ${exclude ? sql`and d.id <> ${exclude}` : sql``}
      order by d.created_at desc nulls last, d.id desc nulls last
      limit ${LEARN_PER_CORRESPONDENT}
    ) x
    where c.algorithm = 'auto' and ${available}
    order by c.id
    limit ${LEARN_MAX_EXAMPLES}`);
  return [...rows].map((r) => ({ correspondentId: r.correspondent_id, text: r.text, filename: r.filename }));
}

export interface CorrespondentProposal {
  documentId: string;
  ownerId: string | null;
  name: string;
}

/** The pending proposals of documents `ids` in `scope`, locked; any other id makes the whole call "not found". */
async function pendingProposals(db: DbOrTx, ids: string[], scope: ListScope): Promise<CorrespondentProposal[]> {
  const rows = await db
    .select({ documentId: documents.id, ownerId: documents.ownerId, name: documents.proposedCorrespondent })
    .from(documents)
    .where(and(inArray(documents.id, ids), proposalPending, documentsInScope(scope)))
    .orderBy(documents.id)
    .for("update");
  if (rows.length !== new Set(ids).size) throw new NotFoundError("correspondent proposal");
  return rows.map((r) => ({ ...r, name: r.name! }));
}

/**
 * The correspondent a proposal becomes, like a proposed topic's: one the document's owner may use by that name
 * (their own first, then a global one), else a new one made from `fields` (ownerId null: global).
 */
async function correspondentForProposal(
  db: DbOrTx,
  ownerId: string | null,
  name: string,
  fields: CorrespondentFields & { ownerId: string | null },
): Promise<{ correspondent: CorrespondentRow; created: boolean }> {
  const find = async () => {
    const [row] = await db
      .select()
      .from(correspondents)
      .where(and(correspondentsAvailableTo(ownerId), sql`lower(${correspondents.name}) = lower(${name})`))
      .orderBy(sql`${correspondents.ownerId} is null`)
      .limit(1);
    return row;
  };
  const existing = await find();
  if (existing) return { correspondent: existing, created: false };
  const [created] = await db.insert(correspondents).values(fields).onConflictDoNothing().returning();
  if (created) return { correspondent: created, created: true };
  // Lost a race with a concurrent create of the same name: that one is the correspondent.
  const raced = await find();
  if (!raced) throw nameTaken(name);
  return { correspondent: raced, created: false };
}

/**
 * Accepting a proposal ("add and set"): the correspondent of that name (made from `newCorrespondent` when there
 * is none) becomes the document's as a person's choice, which clears the proposal. All or nothing: run it in a
 * transaction. Returns the correspondents created and, per document, what it had before, for the audit log.
 */
export async function acceptCorrespondentProposals(
  db: DbOrTx,
  ids: string[],
  opts: { scope: ListScope; newCorrespondent: (name: string) => CorrespondentFields & { ownerId: string | null } },
): Promise<{ accepted: number; created: CorrespondentRow[]; set: { documentId: string; correspondentId: string; name: string; before: string | null }[] }> {
  const created: CorrespondentRow[] = [];
  const set = [];
  for (const p of await pendingProposals(db, [...new Set(ids)], opts.scope)) {
    const { correspondent, created: isNew } = await correspondentForProposal(db, p.ownerId, p.name, opts.newCorrespondent(p.name));
    if (isNew) created.push(correspondent);
    const { before } = await setDocumentsCorrespondent(db, [p.documentId], correspondent.id, opts.scope);
    set.push({ documentId: p.documentId, correspondentId: correspondent.id, name: correspondent.name, before: before[0]?.correspondentId ?? null });
  }
  return { accepted: set.length, created, set };
}

/** Dismissing proposals: cleared, and that name is not proposed for the document again. All or nothing, like accept. */
export async function dismissCorrespondentProposals(db: DbOrTx, ids: string[], scope: ListScope): Promise<CorrespondentProposal[]> {
  const proposals = await pendingProposals(db, [...new Set(ids)], scope);
  await db
    .update(documents)
    .set({ proposedCorrespondentDismissed: sql`${documents.proposedCorrespondent}`, proposedCorrespondent: null, proposedCorrespondentQuote: null })
    .where(
      inArray(
        documents.id,
        proposals.map((p) => p.documentId),
      ),
    );
  return proposals;
}
