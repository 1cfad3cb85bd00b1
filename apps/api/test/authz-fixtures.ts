// The world the authorization matrix runs against: an admin, a document owner and another member, each
// holding what the policy (ADR 0010) shields; and makers of throwaway resources for destructive rows.
import { Readable } from "node:stream";
import { TRPCError } from "@trpc/server";
import { and, count, countDistinct, eq, inArray, isNotNull, isNull, or, type SQL } from "drizzle-orm";
import { createFolder, replaceSuggestions } from "@docscan/db";
import { documents, documentTopics, topics, topicSuggestions } from "@docscan/db/schema";
import { makePng } from "@docscan/extract/testing";
import { authenticate, issueApiToken, startSession } from "../src/auth/service.ts";
import { SESSION_COOKIE } from "../src/auth/session-cookie.ts";
import { createContext } from "../src/context.ts";
import { appRouter } from "../src/router/index.ts";
import { createHarness, uploadForm, uploadPdf, type Harness, type TestUser } from "./helpers.ts";

export type Caller = ReturnType<typeof appRouter.createCaller>;
type Request = TestUser["request"];

/** In the order each row calls them. */
export const ACTORS = ["anonymous", "other", "owner", "admin"] as const;
export type Actor = (typeof ACTORS)[number];
export type Member = Exclude<Actor, "anonymous">;

export interface Fixtures {
  h: Harness;
  owner: TestUser;
  other: TestUser;
  /** tRPC and HTTP as each actor (members and the admin with their API token). */
  as: Record<Actor, { caller: Caller; request: Request }>;
  userId: Record<Member, string>;
  /** The owner's PDF: in their folder, with the global and their personal topic, and a review suggestion. */
  ownerDoc: string;
  /** Filename of `ownerDoc`; its first word is unique in this database, for search rows. */
  ownerDocName: string;
  /** The owner's PNG with a stored thumbnail and searchable PDF: what /preview, /thumbnail and /searchable.pdf serve. */
  ownerImage: string;
  /** The other member's own PDF, with the global topic: their lists are not empty. */
  otherDoc: string;
  globalTopic: string;
  ownerTopic: string;
  ownerFolder: string;
  ownerSuggestion: string;
  ownerToken: { id: string; token: string };
}

export async function createFixtures(): Promise<Fixtures> {
  const h = await createHarness();
  const owner = await h.addUser("owner@example.test");
  const other = await h.addUser("other@example.test");
  const { db } = h.database;

  const ownerDocName = "zebracorn quarterly report.pdf";
  const ownerDoc = await uploadPdf(owner, ownerDocName);
  const ownerImage = await uploadImage(owner, "owner-scan.png");
  const otherDoc = await uploadPdf(other, "other-member-notes.pdf");

  const [global] = await db.insert(topics).values({ name: "Invoices (global)", ownerId: null }).returning({ id: topics.id });
  const [personal] = await db.insert(topics).values({ name: "Owner's private topic", ownerId: owner.user.id }).returning({ id: topics.id });
  const globalTopic = global!.id;
  const ownerTopic = personal!.id;
  await db.insert(documentTopics).values(
    [
      [ownerDoc, globalTopic],
      [ownerDoc, ownerTopic],
      [otherDoc, globalTopic],
    ].map(([documentId, topicId]) => ({ documentId: documentId!, topicId: topicId!, source: "manual" as const })),
  );

  // Extracted and classified, as the worker leaves them: documents with text are what reclassifyMany queues.
  await db.update(documents).set({ text: "The owner's private figures.", status: "done" }).where(inArray(documents.id, [ownerDoc, otherDoc]));

  const ownerFolder = (await createFolder(db, owner.user.id, { name: "Owner's folder", parentId: null })).id;
  await db.update(documents).set({ folderId: ownerFolder }).where(eq(documents.id, ownerDoc));

  const thumbnailKey = `thumbnails/${ownerImage}.webp`;
  const thumbnail = Buffer.from("RIFF----WEBPVP8 fake thumbnail bytes");
  await h.deps.storage.put(thumbnailKey, Readable.from(thumbnail), thumbnail.length, "image/webp");
  const searchablePdfKey = `searchable/${ownerImage}.pdf`;
  const searchable = Buffer.from("%PDF-1.7 fake searchable PDF bytes");
  await h.deps.storage.put(searchablePdfKey, Readable.from(searchable), searchable.length, "application/pdf");
  await db.update(documents).set({ thumbnailKey, searchablePdfKey }).where(eq(documents.id, ownerImage));

  const ownerSuggestion = await addSuggestion(h, ownerDoc, globalTopic);
  const { token, info } = await issueApiToken(h.deps, owner.user.id, "owner's script", {});

  return {
    h,
    owner,
    other,
    as: { anonymous: h.anonymous, other, owner, admin: h.admin },
    userId: { other: other.user.id, owner: owner.user.id, admin: h.admin.user.id },
    ownerDoc,
    ownerDocName,
    ownerImage,
    otherDoc,
    globalTopic,
    ownerTopic,
    ownerFolder,
    ownerSuggestion,
    ownerToken: { id: info.id, token },
  };
}

async function uploadImage(as: TestUser, name: string): Promise<string> {
  const res = await as.request("/api/documents", { method: "POST", body: uploadForm({ name, bytes: Buffer.from(makePng()) }) });
  if (res.status !== 201) throw new Error(`upload failed: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { documents: { id: string }[] }).documents[0]!.id;
}

/** A pending suggestion of `topicId` on the document, as the worker writes them. */
export async function addSuggestion(h: Harness, documentId: string, topicId: string): Promise<string> {
  await replaceSuggestions(h.database.db, documentId, null, [{ topicId, confidence: 0.3, quote: "a quote from the document" }]);
  const [row] = await h.database.db.select({ id: topicSuggestions.id }).from(topicSuggestions).where(eq(topicSuggestions.documentId, documentId));
  return row!.id;
}

// ---------------------------------------------------------------- throwaway resources

let serial = 0;
/** A name no other fixture uses. */
export const unique = (what: string): string => `${what} ${++serial}`;
export const uniqueEmail = (what: string): string => `${what}-${++serial}@example.test`;

export const freshDoc = (fx: Fixtures, who: "owner" | "other" = "owner"): Promise<string> => uploadPdf(fx[who], `${unique("throwaway")}.pdf`);

export async function freshSuggestion(fx: Fixtures, who: "owner" | "other" = "owner"): Promise<string> {
  return addSuggestion(fx.h, await freshDoc(fx, who), fx.globalTopic);
}

export async function freshTopic(fx: Fixtures, ownerId: string | null): Promise<string> {
  const [row] = await fx.h.database.db.insert(topics).values({ name: unique("throwaway topic"), ownerId }).returning({ id: topics.id });
  return row!.id;
}

export async function freshFolder(fx: Fixtures, who: Member = "owner"): Promise<string> {
  return (await createFolder(fx.h.database.db, fx.userId[who], { name: unique("throwaway folder"), parentId: null })).id;
}

export async function freshOwnerToken(fx: Fixtures): Promise<string> {
  return (await issueApiToken(fx.h.deps, fx.userId.owner, unique("throwaway token"), {})).info.id;
}

/** A tRPC caller on a brand-new console session of the actor, authenticated from its cookie. */
export async function freshSessionCaller(fx: Fixtures, actor: Member): Promise<Caller> {
  const { cookieValue } = await startSession(fx.h.deps, fx.userId[actor], {});
  const auth = await authenticate(fx.h.deps, new Headers({ cookie: `${SESSION_COOKIE}=${cookieValue}` }));
  return appRouter.createCaller(createContext(fx.h.deps, { requestId: "authz-matrix", auth }));
}

// ---------------------------------------------------------------- what each actor may see, straight from the tables

/** Documents in the actor's scope (ADR 0010): an admin all of them, a member their own. */
function scopeOf(fx: Fixtures, actor: Member): SQL | undefined {
  return actor === "admin" ? undefined : eq(documents.ownerId, fx.userId[actor]);
}

export async function documentIdsOf(fx: Fixtures, actor: Member): Promise<Set<string>> {
  const rows = await fx.h.database.db.select({ id: documents.id }).from(documents).where(scopeOf(fx, actor));
  return new Set(rows.map((r) => r.id));
}

export async function inProgressCountsOf(fx: Fixtures, actor: Member): Promise<Record<"pending" | "extracting" | "classifying", number>> {
  const out = { pending: 0, extracting: 0, classifying: 0 };
  const rows = await fx.h.database.db
    .select({ status: documents.status, n: count() })
    .from(documents)
    // Trashed documents are not in progress for anyone (ADR 0021).
    .where(and(scopeOf(fx, actor), isNull(documents.trashedAt), inArray(documents.status, ["pending", "extracting", "classifying"])))
    .groupBy(documents.status);
  for (const r of rows) out[r.status as keyof typeof out] = r.n;
  return out;
}

export async function withTextCountOf(fx: Fixtures, actor: Member): Promise<number> {
  const [row] = await fx.h.database.db
    .select({ n: count() })
    .from(documents)
    .where(and(scopeOf(fx, actor), isNotNull(documents.text)));
  return row?.n ?? 0;
}

/** How many of the actor's documents carry the topic: the count topics.list must show them. */
export async function topicCountOf(fx: Fixtures, actor: Member, topicId: string): Promise<number> {
  const [row] = await fx.h.database.db
    .select({ n: count() })
    .from(documentTopics)
    .innerJoin(documents, eq(documents.id, documentTopics.documentId))
    .where(and(eq(documentTopics.topicId, topicId), scopeOf(fx, actor)));
  return row?.n ?? 0;
}

/** Documents in the actor's scope with suggestions waiting: what the review inbox counts. */
/** Documents in the actor's review inbox: with topic suggestions or a proposed correspondent (the fixtures' names are nobody's correspondents). */
export async function suggestionCountOf(fx: Fixtures, actor: Member): Promise<number> {
  const [row] = await fx.h.database.db
    .select({ n: countDistinct(documents.id) })
    .from(documents)
    .where(
      and(
        scopeOf(fx, actor),
        isNull(documents.trashedAt),
        or(isNotNull(documents.proposedCorrespondent), inArray(documents.id, fx.h.database.db.select({ id: topicSuggestions.documentId }).from(topicSuggestions))),
      ),
    );
  return row?.n ?? 0;
}

const proposalDocs = new Map<string, Promise<string>>();
/**
 * A document of `who` with a fresh proposed correspondent (a name no correspondent has): its id. One document per
 * member, proposed anew on each call — a new document each time would push the fixtures out of the listings' pages.
 */
export async function freshProposal(fx: Fixtures, who: "owner" | "other" = "owner"): Promise<string> {
  if (!proposalDocs.has(who)) proposalDocs.set(who, freshDoc(fx, who));
  const id = await proposalDocs.get(who)!;
  await fx.h.database.db.update(documents).set({ proposedCorrespondent: unique("Proposed Sender"), proposedCorrespondentQuote: "a quote" }).where(eq(documents.id, id));
  return id;
}

/** Topic ids the actor's topic list must hold: the global ones and their own personal ones. */
export async function visibleTopicIdsOf(fx: Fixtures, actor: Member): Promise<Set<string>> {
  const rows = await fx.h.database.db
    .select({ id: topics.id })
    .from(topics)
    .where(or(isNull(topics.ownerId), eq(topics.ownerId, fx.userId[actor])));
  return new Set(rows.map((r) => r.id));
}

// ---------------------------------------------------------------- calling a procedure by its path

/** The procedure at `path` ("auth.tokens.list") on a caller, looked up the way the router lists it. */
export function procedureAt(caller: Caller, path: string): (input: unknown) => Promise<unknown> {
  let node: unknown = caller;
  for (const part of path.split(".")) node = (node as Record<string, unknown>)[part];
  return node as (input: unknown) => Promise<unknown>;
}

export type Settled = { ok: true; value: unknown } | { ok: false; code: TRPCError["code"]; message: string };

/** A tRPC error becomes its code; anything else is a bug in the procedure and fails the test as is. */
export async function settle(call: Promise<unknown>): Promise<Settled> {
  try {
    return { ok: true, value: await call };
  } catch (err) {
    if (err instanceof TRPCError) return { ok: false, code: err.code, message: err.message };
    throw err;
  }
}
