// The authorization matrix (ADR 0010): every tRPC procedure and every REST route, called as the owner of
// a document, another member, an admin and nobody. The rows are checked against the router's own
// procedure list and the app's own route list, so a new procedure or route without a row fails here.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AnyProcedure, inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { eq } from "drizzle-orm";
import { inspectRoutes } from "hono/dev";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiTokens, correspondents, customFields, documentNotes, documents, folders, mailAccounts, savedViews, topics, topicSuggestions, users, webhookDeliveries, webhookEndpoints } from "@docscan/db/schema";
import { createCorrespondent } from "@docscan/db/correspondents";
import { createField } from "@docscan/db/fields";
import { createMailAccount } from "@docscan/intake/mail-accounts";
import { createApp } from "../src/app.ts";
import { authenticate } from "../src/auth/service.ts";
import { CSRF_HEADER } from "../src/auth/middleware.ts";
import { SESSION_COOKIE } from "../src/auth/session-cookie.ts";
import { appRouter, type AppRouter } from "../src/router/index.ts";
import {
  ACTORS,
  createFixtures,
  documentIdsOf,
  freshDoc,
  freshFolder,
  freshSuggestion,
  freshOwnerToken,
  freshProposal,
  freshSessionCaller,
  freshTopic,
  inProgressCountsOf,
  procedureAt,
  settle,
  suggestionCountOf,
  topicCountOf,
  unique,
  uniqueEmail,
  visibleTopicIdsOf,
  withTextCountOf,
  type Actor,
  type Caller,
  type Fixtures,
  type Member,
  type Settled,
} from "./authz-fixtures.ts";
import { loadDocument, type DocumentedCheck } from "./documented.ts";
import { TEST_PASSWORD, TINY_PDF, uploadForm } from "./helpers.ts";

let fx: Fixtures & { ownerWebhook: string; ownerDelivery: string };
/** Every REST answer below is also checked against the OpenAPI document (ADR 0022). */
let api: DocumentedCheck;
beforeAll(async () => {
  fx = { ...(await createFixtures()), ownerWebhook: "", ownerDelivery: "" };
  api = await loadDocument(fx.h.app);
  fx.ownerWebhook = await freshWebhook();
  const [delivery] = await fx.h.database.db
    .insert(webhookDeliveries)
    .values({ endpointId: fx.ownerWebhook, event: "document.done", documentId: fx.ownerDoc, snapshot: {}, state: "failed", attempts: 8 })
    .returning({ id: webhookDeliveries.id });
  fx.ownerDelivery = delivery!.id;
});

/** A webhook endpoint of the owner's (a public address: nothing is sent in these tests, the worker is not running). */
async function freshWebhook(): Promise<string> {
  const [row] = await fx.h.database.db
    .insert(webhookEndpoints)
    .values({ ownerId: fx.userId.owner, url: "https://93.184.216.34/hook", events: ["document.done"], secretEncrypted: "v1.x.x.x" })
    .returning({ id: webhookEndpoints.id });
  return row!.id;
}
afterAll(async () => {
  await fx?.h.close();
});

// ---------------------------------------------------------------- expectations

type Code = "UNAUTHORIZED" | "FORBIDDEN" | "NOT_FOUND" | "BAD_REQUEST" | "CONFLICT";
/** "ok", an error code, or "CODE: message" where the message matters ("document not found", never a hint it exists). */
type Outcome = "ok" | Code | `${Code}: ${string}`;
type Expect = Record<Actor, Outcome>;

const DOCUMENT_NOT_FOUND = "NOT_FOUND: document not found";
const EVERYONE: Expect = { anonymous: "ok", other: "ok", owner: "ok", admin: "ok" };
/** Signed-in users, each on their own things. */
const SIGNED_IN: Expect = { anonymous: "UNAUTHORIZED", other: "ok", owner: "ok", admin: "ok" };
/** The owner's document: the other member cannot tell it from one that does not exist; admins see all. */
const OWNERS_DOCUMENT: Expect = { anonymous: "UNAUTHORIZED", other: DOCUMENT_NOT_FOUND, owner: "ok", admin: "ok" };
/** Personal things (folders, personal topics, tokens): not even an admin reaches someone else's. */
const owners = (notFound: Outcome): Expect => ({ anonymous: "UNAUTHORIZED", other: notFound, owner: "ok", admin: notFound });
const ADMINS: Expect = { anonymous: "UNAUTHORIZED", other: "FORBIDDEN", owner: "FORBIDDEN", admin: "ok" };

// ---------------------------------------------------------------- tRPC rows

type PathsOf<R, Prefix extends string = ""> = {
  [K in keyof R & string]: R[K] extends AnyProcedure ? `${Prefix}${K}` : PathsOf<R[K], `${Prefix}${K}.`>;
}[keyof R & string];
type ProcedurePath = PathsOf<AppRouter["_def"]["record"]>;
type At<T, P extends string> = P extends `${infer Head}.${infer Rest}` ? (Head extends keyof T ? At<T[Head], Rest> : never) : P extends keyof T ? T[P] : never;
type InputOf<P extends ProcedurePath> = At<inferRouterInputs<AppRouter>, P>;
type OutputOf<P extends ProcedurePath> = At<inferRouterOutputs<AppRouter>, P>;

interface Row<P extends ProcedurePath> {
  /** What the row shows, when a procedure has several. */
  case?: string;
  /** Made per actor, so a destructive row gives each actor a resource of its own. */
  input?: (actor: Actor) => InputOf<P> | Promise<InputOf<P>>;
  /** Each actor's API-token caller unless the row needs another (e.g. a throwaway session). */
  caller?: (actor: Actor) => Caller | Promise<Caller>;
  expect: Expect;
  /** Checks a successful answer: what this actor may see. */
  see?: (out: OutputOf<P>, actor: Actor) => void | Promise<void>;
  /** After a refused call: nothing changed. */
  intact?: (input: InputOf<P>) => Promise<void>;
}
type ProcedureRows = { [P in ProcedurePath]: Row<P> | Row<P>[] };

/** The fixture documents a listing must show the actor. */
const visibleFixtureDocs = (actor: Member): string[] => ({ other: [fx.otherDoc], owner: [fx.ownerDoc], admin: [fx.ownerDoc, fx.otherDoc] })[actor];
const ids = (items: readonly { id: string }[]): string[] => items.map((i) => i.id);
const member = (actor: Actor): actor is Member => actor !== "anonymous";
async function stillThere(table: typeof documents | typeof topics | typeof folders | typeof apiTokens | typeof topicSuggestions | typeof webhookEndpoints, id: string): Promise<void> {
  const rows = await fx.h.database.db.select({ id: table.id }).from(table).where(eq(table.id, id));
  expect(rows, `${id} is still there`).toHaveLength(1);
}

async function trashedAt(id: string): Promise<Date | null> {
  const [row] = await fx.h.database.db.select({ at: documents.trashedAt }).from(documents).where(eq(documents.id, id));
  return row!.at;
}

/** A correspondent of `ownerId` (null: global), made for one row. */
async function freshCorrespondent(ownerId: string | null): Promise<string> {
  const c = await createCorrespondent(fx.h.database.db, { name: unique("correspondent"), match: "", algorithm: "auto", caseInsensitive: true, ownerId });
  return c.id;
}
async function correspondentThere(id: string): Promise<void> {
  expect(await fx.h.database.db.select({ id: correspondents.id }).from(correspondents).where(eq(correspondents.id, id)), `${id} is still there`).toHaveLength(1);
}
const CORRESPONDENT_NOT_FOUND = "NOT_FOUND: correspondent not found";

/** A custom field (monetary, read by the total reader), made for one row. */
async function freshField(): Promise<string> {
  return (await createField(fx.h.database.db, { name: unique("field"), type: "monetary", options: [], extract: "total" })).id;
}
async function fieldThere(id: string): Promise<void> {
  expect(await fx.h.database.db.select({ id: customFields.id }).from(customFields).where(eq(customFields.id, id)), `${id} is still there`).toHaveLength(1);
}

/** A trial the owner ran on a fresh personal topic of theirs (applied, for the undo rows). */
async function ownersTrial(applied: boolean): Promise<string> {
  const id = await freshTopic(fx, fx.userId.owner);
  const trial = await fx.as.owner.caller.topics.trial({ change: { kind: "update", id, description: unique("bills and invoices") } });
  if (applied) await fx.as.owner.caller.topics.applyTrial({ id: trial.id });
  return trial.id;
}

/** A refused delete leaves the document where it was: there, and not in the trash. */
async function notTrashed(id: string): Promise<void> {
  await stillThere(documents, id);
  expect(await trashedAt(id), `${id} is not in the trash`).toBeNull();
}

/** Puts a document in the trash directly, for the restore row. */
async function trashed(id: string): Promise<string> {
  await fx.h.database.db.update(documents).set({ trashedAt: new Date() }).where(eq(documents.id, id));
  return id;
}

/** A mail account's password: never in an answer. */
const MAIL_PASSWORD = "mailbox password 123";
/** The owner's mail account: members other than the owner cannot tell it exists; admins manage everyone's. */
const OWNERS_MAIL_ACCOUNT: Expect = { anonymous: "UNAUTHORIZED", other: "NOT_FOUND: mail account not found", owner: "ok", admin: "ok" };
/** A public address for saved settings (an IP literal: no DNS lookup). */
const PUBLIC_MAIL_HOST = "93.184.216.34";
/** Port 1 on loopback: "test connection" answers at once without a server (refused as a private address). */
const mailSettings = () => ({ name: "mailbox", host: "127.0.0.1", port: 1, tls: false, username: "owner", password: MAIL_PASSWORD, folders: ["INBOX"], rules: [], enabled: true });
let ownersMailAccount: string | null = null;
/** The owner's mail account (a fresh one for destructive rows). */
async function ownerMailAccount(fresh = false): Promise<string> {
  if (ownersMailAccount && !fresh) return ownersMailAccount;
  const created = await createMailAccount(fx.h.database.db, fx.h.deps.secretKey, fx.userId.owner, mailSettings());
  if (!fresh) ownersMailAccount = created.id;
  return created.id;
}
async function stillThereMail(id: string): Promise<void> {
  expect(await fx.h.database.db.select({ id: mailAccounts.id }).from(mailAccounts).where(eq(mailAccounts.id, id)), `${id} is still there`).toHaveLength(1);
}

/** A note on the owner's document, written by `author` (a fresh one per call: deleting rows need their own). */
async function freshNote(author: Member = "owner", documentId = fx.ownerDoc): Promise<string> {
  const [row] = await fx.h.database.db.insert(documentNotes).values({ documentId, authorId: fx.userId[author], text: unique("note") }).returning({ id: documentNotes.id });
  return row!.id;
}
async function stillThereNote(id: string): Promise<void> {
  expect(await fx.h.database.db.select({ id: documentNotes.id }).from(documentNotes).where(eq(documentNotes.id, id)), `${id} is still there`).toHaveLength(1);
}


/** A saved view of `who`'s (fresh per call: rows that change or delete one need their own); `shared`: listed for everyone. */
async function freshView(who: Member = "owner", shared = false): Promise<string> {
  const [row] = await fx.h.database.db.insert(savedViews).values({ ownerId: fx.userId[who], name: unique("view"), filters: { status: "done" }, shared }).returning({ id: savedViews.id });
  return row!.id;
}
async function stillThereView(id: string): Promise<void> {
  expect(await fx.h.database.db.select({ id: savedViews.id }).from(savedViews).where(eq(savedViews.id, id)), `${id} is still there`).toHaveLength(1);
}
const VIEW_NOT_FOUND = "NOT_FOUND: view not found";
/** A view an admin shared: everyone sees it, only that admin changes it. */
const SHARED_VIEW: Expect = { anonymous: "UNAUTHORIZED", other: "FORBIDDEN", owner: "FORBIDDEN", admin: "ok" };

const procedures: ProcedureRows = {
  health: { expect: EVERYONE },

  "auth.status": {
    expect: EVERYONE,
    see: (out, actor) => expect(out.user?.id ?? null).toBe(member(actor) ? fx.userId[actor] : null),
  },
  "auth.setup": {
    case: "refused once users exist",
    input: () => ({ email: uniqueEmail("setup"), password: TEST_PASSWORD }),
    expect: { anonymous: "CONFLICT", other: "CONFLICT", owner: "CONFLICT", admin: "CONFLICT" },
  },
  "auth.login": {
    input: (actor) => ({ email: member(actor) ? emailOf(actor) : emailOf("owner"), password: TEST_PASSWORD }),
    expect: EVERYONE,
    see: (out, actor) => expect(out.user?.id).toBe(fx.userId[member(actor) ? actor : "owner"]),
  },
  "auth.logout": {
    caller: async (actor) => (member(actor) ? await freshSessionCaller(fx, actor) : fx.as.anonymous.caller),
    expect: SIGNED_IN,
  },
  "auth.changePassword": {
    // A password change ends the user's API tokens (ADR 0017): a throwaway user of the actor's role, not the fixtures'.
    caller: async (actor) => (member(actor) ? (await fx.h.addUser(uniqueEmail(`pw-${actor}`), actor === "admin" ? "admin" : "member")).caller : fx.as.anonymous.caller),
    input: () => ({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD }),
    expect: SIGNED_IN,
  },
  "auth.tokens.list": {
    expect: SIGNED_IN,
    see: (out, actor) => expect(ids(out).includes(fx.ownerToken.id)).toBe(actor === "owner"),
  },
  "auth.tokens.create": {
    input: () => ({ name: unique("token") }),
    expect: SIGNED_IN,
    see: async (out, actor) => expect((await authenticate(fx.h.deps, new Headers({ authorization: `Bearer ${out.token}` }))).user?.id).toBe(fx.userId[actor as Member]),
  },
  "auth.tokens.revoke": {
    input: async () => ({ id: await freshOwnerToken(fx) }),
    expect: owners("NOT_FOUND: token not found"),
    intact: ({ id }) => stillThere(apiTokens, id),
  },

  "users.list": { expect: ADMINS, see: (out) => expect(ids(out)).toContain(fx.userId.owner) },
  "users.create": {
    input: () => ({ email: uniqueEmail("new"), password: TEST_PASSWORD }),
    expect: ADMINS,
    intact: async ({ email }) => expect(await fx.h.database.db.select().from(users).where(eq(users.email, email))).toEqual([]),
  },
  "users.update": {
    case: "a member cannot make themselves an admin",
    input: (actor) => ({ id: actor === "owner" ? fx.userId.owner : fx.userId.other, role: actor === "admin" ? "member" : "admin" }),
    expect: ADMINS,
    intact: async ({ id }) => expect((await fx.h.database.db.select({ role: users.role }).from(users).where(eq(users.id, id)))[0]?.role).toBe("member"),
  },
  "users.resetPassword": {
    // A reset ends the user's API tokens (ADR 0017): a throwaway member, not the fixtures' owner.
    input: async () => ({ id: (await fx.h.addUser(uniqueEmail("reset"))).user.id, password: TEST_PASSWORD }),
    expect: ADMINS,
  },

  "folders.list": {
    expect: SIGNED_IN,
    see: (out, actor) => expect(ids(out).includes(fx.ownerFolder)).toBe(actor === "owner"),
  },
  "folders.create": [
    { input: () => ({ name: unique("folder") }), expect: SIGNED_IN },
    {
      case: "inside the owner's folder",
      input: () => ({ name: unique("folder"), parentId: fx.ownerFolder }),
      expect: owners("NOT_FOUND: folder not found"),
    },
  ],
  "folders.rename": {
    input: () => ({ id: fx.ownerFolder, name: unique("renamed folder") }),
    expect: owners("NOT_FOUND: folder not found"),
  },
  "folders.delete": {
    input: async () => ({ id: await freshFolder(fx) }),
    expect: owners("NOT_FOUND: folder not found"),
    intact: ({ id }) => stillThere(folders, id),
  },

  "views.list": {
    expect: SIGNED_IN,
    see: async (out, actor) => {
      const [own, shared, hidden] = [await freshView("owner"), await freshView("admin", true), await freshView("other")];
      const listed = ids(await fx.as[actor as Member].caller.views.list());
      expect({ own: listed.includes(own), shared: listed.includes(shared), othersPrivate: listed.includes(hidden) }).toEqual({ own: actor === "owner", shared: true, othersPrivate: actor === "other" });
      expect(out.every((v) => v.mine === (v.ownerId === fx.userId[actor as Member]))).toBe(true);
    },
  },
  "views.counts": { expect: SIGNED_IN },
  "views.create": { input: () => ({ name: unique("view"), filters: { status: "failed" } }), expect: SIGNED_IN },
  "views.rename": [
    { input: async () => ({ id: await freshView("owner"), name: unique("renamed view") }), expect: owners(VIEW_NOT_FOUND) },
    { case: "a view an admin shared", input: async () => ({ id: await freshView("admin", true), name: unique("renamed view") }), expect: SHARED_VIEW },
  ],
  "views.update": { input: async () => ({ id: await freshView("owner"), pinned: false }), expect: owners(VIEW_NOT_FOUND) },
  "views.share": [
    { case: "the admin's own view", input: async () => ({ id: await freshView("admin"), shared: true }), expect: ADMINS },
    { case: "a member's view: members cannot share, an admin cannot share another's", input: async () => ({ id: await freshView("owner"), shared: true }), expect: { anonymous: "UNAUTHORIZED", other: "FORBIDDEN", owner: "FORBIDDEN", admin: VIEW_NOT_FOUND } },
  ],
  "views.delete": [
    { input: async () => ({ id: await freshView("owner") }), expect: owners(VIEW_NOT_FOUND), intact: ({ id }) => stillThereView(id) },
    { case: "a view an admin shared", input: async () => ({ id: await freshView("admin", true) }), expect: SHARED_VIEW, intact: ({ id }) => stillThereView(id) },
  ],

  "documents.list": [
    {
      case: "a listing holds the caller's documents only",
      input: () => ({ perPage: 100 }),
      expect: SIGNED_IN,
      see: async (out, actor) => {
        const listed = ids(out.items);
        const own = await documentIdsOf(fx, actor as Member);
        expect(listed.filter((id) => !own.has(id)), "documents outside the caller's scope").toEqual([]);
        expect(listed).toEqual(expect.arrayContaining(visibleFixtureDocs(actor as Member)));
      },
    },
    {
      case: "searching for the owner's filename",
      input: () => ({ q: fx.ownerDocName.split(" ")[0] }),
      expect: SIGNED_IN,
      see: (out, actor) => expect(ids(out.items)).toEqual(actor === "other" ? [] : [fx.ownerDoc]),
    },
    {
      case: "filtered by the owner's folder",
      input: () => ({ folder: fx.ownerFolder }),
      expect: owners("NOT_FOUND: folder not found"),
      see: (out) => expect(ids(out.items)).toContain(fx.ownerDoc),
    },
  ],
  "documents.get": { input: () => ({ id: fx.ownerDoc }), expect: OWNERS_DOCUMENT, see: (out) => expect(out.id).toBe(fx.ownerDoc) },
  "documents.delete": [
    { case: "to the trash", input: async () => ({ id: await freshDoc(fx) }), expect: OWNERS_DOCUMENT, intact: ({ id }) => notTrashed(id) },
    { case: "for good", input: async () => ({ id: await freshDoc(fx), permanent: true }), expect: OWNERS_DOCUMENT, intact: ({ id }) => notTrashed(id) },
  ],
  "documents.deleteMany": [
    { input: async () => ({ ids: [await freshDoc(fx)] }), expect: OWNERS_DOCUMENT, intact: ({ ids: [id] }) => notTrashed(id!) },
    {
      case: "all or nothing: one document out of scope refuses the whole call",
      input: async () => ({ ids: [await freshDoc(fx, "other"), await freshDoc(fx)] }),
      expect: { anonymous: "UNAUTHORIZED", other: DOCUMENT_NOT_FOUND, owner: DOCUMENT_NOT_FOUND, admin: "ok" },
      intact: async ({ ids }) => {
        for (const id of ids) await stillThere(documents, id);
      },
    },
  ],
  "documents.trash": {
    expect: SIGNED_IN,
    see: async (out, actor) => {
      const own = await documentIdsOf(fx, actor as Member);
      expect(ids(out.items).filter((id) => !own.has(id)), "trashed documents outside the caller's scope").toEqual([]);
      expect(out.trashDays).toBe(30);
    },
  },
  "documents.restore": {
    input: async () => ({ ids: [await trashed(await freshDoc(fx))] }),
    expect: OWNERS_DOCUMENT,
    intact: async ({ ids: [id] }) => expect(await trashedAt(id!)).not.toBeNull(),
  },
  "documents.addTopics": [
    { input: async () => ({ ids: [await freshDoc(fx)], topicIds: [fx.globalTopic, fx.ownerTopic] }), expect: OWNERS_DOCUMENT },
    {
      case: "the owner's personal topic on the other member's document",
      input: async () => ({ ids: [await freshDoc(fx, "other")], topicIds: [fx.ownerTopic] }),
      expect: { anonymous: "UNAUTHORIZED", other: "NOT_FOUND: topic not found", owner: DOCUMENT_NOT_FOUND, admin: "NOT_FOUND: topic not found" },
    },
  ],
  "documents.removeTopics": { input: async () => ({ ids: [await freshDoc(fx)], topicIds: [fx.globalTopic] }), expect: OWNERS_DOCUMENT },
  "documents.move": [
    {
      case: "into the owner's folder",
      input: async () => ({ ids: [await freshDoc(fx)], folderId: fx.ownerFolder }),
      expect: owners("NOT_FOUND"),
    },
    {
      // A folder holds its owner's documents only, so not even an admin files someone else's document in
      // theirs; an admin, who sees everyone's documents, is told why.
      case: "into the caller's own folder",
      input: async (actor) => ({ ids: [await freshDoc(fx)], folderId: await freshFolder(fx, member(actor) ? actor : "other") }),
      expect: { ...owners(DOCUMENT_NOT_FOUND), admin: "BAD_REQUEST: your folders hold only your own documents: leave other users' documents out of the selection" },
    },
    {
      case: "out of any folder",
      input: async () => ({ ids: [await freshDoc(fx)], folderId: null }),
      expect: OWNERS_DOCUMENT,
    },
  ],
  "documents.setTopics": [
    { input: () => ({ id: fx.ownerDoc, topicIds: [fx.globalTopic, fx.ownerTopic] }), expect: OWNERS_DOCUMENT },
    {
      case: "the owner's personal topic on the other member's document",
      input: () => ({ id: fx.otherDoc, topicIds: [fx.ownerTopic] }),
      expect: { anonymous: "UNAUTHORIZED", other: "NOT_FOUND: topic not found", owner: DOCUMENT_NOT_FOUND, admin: "NOT_FOUND: topic not found" },
    },
    {
      // A document carries global topics and its owner's personal ones: not the admin's.
      case: "the admin's personal topic on the owner's document",
      input: async () => ({ id: fx.ownerDoc, topicIds: [await freshTopic(fx, fx.userId.admin)] }),
      expect: { anonymous: "UNAUTHORIZED", other: "NOT_FOUND", owner: "NOT_FOUND: topic not found", admin: "NOT_FOUND: topic not found" },
    },
  ],
  "documents.reclassify": { input: async () => ({ id: await freshDoc(fx) }), expect: OWNERS_DOCUMENT },
  "documents.reclassifyMany": [
    { input: async () => ({ ids: [await freshDoc(fx)] }), expect: OWNERS_DOCUMENT },
    {
      case: "all or nothing: one document out of scope refuses the whole call",
      input: async () => ({ ids: [fx.otherDoc, await freshDoc(fx)] }),
      expect: { anonymous: "UNAUTHORIZED", other: DOCUMENT_NOT_FOUND, owner: DOCUMENT_NOT_FOUND, admin: "ok" },
    },
    {
      case: "all: the caller's documents with text",
      input: () => ({ all: true as const }),
      expect: SIGNED_IN,
      see: async (out, actor) => expect(out.queued).toBe(await withTextCountOf(fx, actor as Member)),
    },
  ],
  "documents.reextract": { input: async () => ({ id: await freshDoc(fx) }), expect: OWNERS_DOCUMENT },
  "documents.progress": {
    expect: SIGNED_IN,
    see: async (out, actor) => expect(out).toEqual(await inProgressCountsOf(fx, actor as Member)),
  },
  "documents.pages": { input: () => ({ id: fx.ownerDoc }), expect: OWNERS_DOCUMENT },
  "documents.similar": {
    input: () => ({ id: fx.ownerDoc }),
    expect: OWNERS_DOCUMENT,
    see: (out) => expect(Array.isArray(out)).toBe(true),
  },
  "documents.family": {
    input: () => ({ id: fx.ownerDoc }),
    expect: OWNERS_DOCUMENT,
    see: (out) => expect(out).toEqual({ attachedTo: null, attachments: [] }),
  },
  "documents.history": {
    input: () => ({ id: fx.ownerDoc }),
    expect: OWNERS_DOCUMENT,
    see: (out) => expect(ids(out.suggestions)).toContain(fx.ownerSuggestion),
  },
  "documents.setTitle": {
    input: async () => ({ id: await freshDoc(fx), title: unique("renamed") }),
    expect: OWNERS_DOCUMENT,
    see: (out) => expect(out.title).toMatch(/^renamed/),
  },  "documents.setDate": {
    input: async () => ({ id: await freshDoc(fx), date: "2026-03-31" }),
    expect: OWNERS_DOCUMENT,
    see: (out) => expect(out.documentDate).toBe("2026-03-31"),
  },

  "documents.setCorrespondent": [
    {
      input: async () => ({ id: fx.ownerDoc, correspondentId: await freshCorrespondent(null) }),
      expect: OWNERS_DOCUMENT,
      see: (out) => expect(out).toMatchObject({ correspondentSource: "person" }),
    },
    {
      case: "the owner's own correspondent on the other member's document",
      input: async () => ({ id: fx.otherDoc, correspondentId: await freshCorrespondent(fx.userId.owner) }),
      expect: { anonymous: "UNAUTHORIZED", other: CORRESPONDENT_NOT_FOUND, owner: DOCUMENT_NOT_FOUND, admin: CORRESPONDENT_NOT_FOUND },
    },
  ],
  "documents.setField": {
    input: async () => ({ id: fx.ownerDoc, fieldId: await freshField(), value: "12.50 EUR" }),
    expect: OWNERS_DOCUMENT,
    see: (out) => expect(out.updated).toBe(1),
  },
  "documents.setFieldMany": { input: async () => ({ ids: [fx.ownerDoc], fieldId: await freshField(), value: null }), expect: OWNERS_DOCUMENT, see: (out) => expect(out.updated).toBe(1) },
  "documents.setCorrespondentMany": { input: () => ({ ids: [fx.ownerDoc], correspondentId: null }), expect: OWNERS_DOCUMENT, see: (out) => expect(out.updated).toBe(1) },

  "documents.notes": {
    input: async () => {
      await freshNote("admin");
      return { id: fx.ownerDoc };
    },
    expect: OWNERS_DOCUMENT,
    // Everyone who sees the document reads every note; only the author or an admin may delete one.
    see: (out, actor) => {
      expect(out.length).toBeGreaterThan(0);
      for (const n of out) expect(n.canDelete).toBe(actor === "admin" || n.authorId === fx.userId[actor as Member]);
    },
  },
  "documents.addNote": {
    input: async () => ({ documentId: await freshDoc(fx), text: unique("a note") }),
    expect: OWNERS_DOCUMENT,
    see: (out, actor) => expect(out.authorId).toBe(fx.userId[actor as Member]),
  },
  "documents.deleteNote": [
    {
      case: "the owner's note on their document",
      input: async () => ({ id: await freshNote("owner") }),
      expect: { anonymous: "UNAUTHORIZED", other: "NOT_FOUND: note not found", owner: "ok", admin: "ok" },
      intact: ({ id }) => stillThereNote(id),
    },
    {
      case: "an admin's note on the owner's document: not the owner's to delete",
      input: async () => ({ id: await freshNote("admin") }),
      expect: { anonymous: "UNAUTHORIZED", other: "NOT_FOUND: note not found", owner: "FORBIDDEN: only the note's author or an admin can delete it", admin: "ok" },
      intact: ({ id }) => stillThereNote(id),
    },
  ],

  "topics.health": {
    expect: SIGNED_IN,
    see: async (out, actor) => expect(new Set(out.map((t) => t.topicId))).toEqual(await visibleTopicIdsOf(fx, actor as Member)),
  },
  "topics.list": {
    expect: SIGNED_IN,
    see: async (out, actor) => {
      const m = actor as Member;
      expect(new Set(ids(out))).toEqual(await visibleTopicIdsOf(fx, m));
      const global = out.find((t) => t.id === fx.globalTopic);
      expect(global?.documentCount, "the global topic counts the caller's documents only").toBe(await topicCountOf(fx, m, fx.globalTopic));
    },
  },
  "topics.create": [
    {
      case: "an admin's is global, a member's personal",
      input: () => ({ name: unique("topic") }),
      expect: SIGNED_IN,
      see: (out, actor) => expect(out.topic.ownerId).toBe(actor === "admin" ? null : fx.userId[actor as Member]),
    },
    {
      case: "asking for a personal one",
      input: () => ({ name: unique("topic"), personal: true }),
      expect: SIGNED_IN,
      see: (out, actor) => expect(out.topic.ownerId).toBe(fx.userId[actor as Member]),
    },
  ],
  "topics.update": [
    {
      case: "the owner's personal topic",
      input: () => ({ id: fx.ownerTopic, color: "#10b981" }),
      expect: owners("NOT_FOUND: topic not found"),
    },
    {
      case: "a global topic",
      input: () => ({ id: fx.globalTopic, color: "#10b981" }),
      expect: ADMINS,
    },
  ],
  "topics.delete": [
    {
      case: "the owner's personal topic",
      input: async () => ({ id: await freshTopic(fx, fx.userId.owner) }),
      expect: owners("NOT_FOUND: topic not found"),
      intact: ({ id }) => stillThere(topics, id),
    },
    {
      case: "a global topic",
      input: async () => ({ id: await freshTopic(fx, null) }),
      expect: ADMINS,
      intact: ({ id }) => stillThere(topics, id),
    },
  ],
  "topics.trial": [
    {
      case: "the owner's personal topic",
      input: () => ({ change: { kind: "update" as const, id: fx.ownerTopic, description: "bills and invoices" } }),
      expect: owners("NOT_FOUND: topic not found"),
    },
    { case: "a global topic", input: () => ({ change: { kind: "update" as const, id: fx.globalTopic, description: "bills and invoices" } }), expect: ADMINS },
  ],
  // It spends the instance's LLM budget: admins only, whoever's topic (here no LLM is configured: 400 for an admin).
  "topics.trialSample": [
    {
      case: "the owner's personal topic",
      input: () => ({ change: { kind: "update" as const, id: fx.ownerTopic, description: "bills and invoices" } }),
      expect: { ...ADMINS, admin: "BAD_REQUEST: no LLM is configured: enter an API key (or choose an OpenAI-compatible server) in Settings → Classification" },
    },
    {
      case: "a global topic",
      input: () => ({ change: { kind: "update" as const, id: fx.globalTopic, description: "bills and invoices" } }),
      expect: { ...ADMINS, admin: "BAD_REQUEST: no LLM is configured: enter an API key (or choose an OpenAI-compatible server) in Settings → Classification" },
    },
  ],
  "topics.applyTrial": { case: "the owner's trial", input: async () => ({ id: await ownersTrial(false) }), expect: owners("NOT_FOUND: trial not found") },
  "topics.undoTrial": { case: "the owner's applied trial", input: async () => ({ id: await ownersTrial(true) }), expect: owners("NOT_FOUND: trial not found") },
  "topics.lastTrial": { expect: SIGNED_IN },
  // A warm-up reads, in the background, only what the caller's own trials may read (a member's own documents).
  "topics.warmTrial": { expect: SIGNED_IN },

  "correspondents.list": {
    expect: SIGNED_IN,
    see: (out, actor) => expect(out.every((c) => c.ownerId === null || c.ownerId === fx.userId[actor as Member])).toBe(true),
  },
  "correspondents.create": {
    case: "an admin's is global, a member's their own",
    input: () => ({ name: unique("correspondent"), algorithm: "any", match: "acme" }),
    expect: SIGNED_IN,
    see: (out, actor) => expect(out.ownerId).toBe(actor === "admin" ? null : fx.userId[actor as Member]),
  },
  "correspondents.update": [
    { case: "the owner's own", input: async () => ({ id: await freshCorrespondent(fx.userId.owner), match: "x" }), expect: owners(CORRESPONDENT_NOT_FOUND) },
    { case: "a global one", input: async () => ({ id: await freshCorrespondent(null), match: "x" }), expect: ADMINS },
  ],
  "correspondents.delete": [
    { case: "the owner's own", input: async () => ({ id: await freshCorrespondent(fx.userId.owner) }), expect: owners(CORRESPONDENT_NOT_FOUND), intact: ({ id }) => correspondentThere(id) },
    { case: "a global one", input: async () => ({ id: await freshCorrespondent(null) }), expect: ADMINS, intact: ({ id }) => correspondentThere(id) },
  ],

  "fields.list": { expect: SIGNED_IN },
  "fields.create": { input: () => ({ name: unique("Total") }), expect: ADMINS, see: (out) => expect(out).toMatchObject({ type: "monetary", extract: "total" }) },
  "fields.update": { input: async () => ({ id: await freshField(), name: unique("Amount") }), expect: ADMINS },
  "fields.delete": { input: async () => ({ id: await freshField() }), expect: ADMINS, intact: ({ id }) => fieldThere(id) },
  "fields.attach": { case: "to a global topic", input: async () => ({ topicId: fx.globalTopic, fieldId: await freshField() }), expect: ADMINS },
  "fields.detach": { case: "from a global topic", input: async () => ({ topicId: fx.globalTopic, fieldId: await freshField() }), expect: ADMINS },

  "review.list": {
    expect: SIGNED_IN,
    see: async (out, actor) => {
      expect(ids(out.items.flatMap((i) => i.suggestions)).includes(fx.ownerSuggestion)).toBe(actor !== "other");
      expect(out.total).toBe(await suggestionCountOf(fx, actor as Member));
      expect(out.owners === null).toBe(actor !== "admin");
    },
  },
  "review.accept": reviewDecisionRows(),
  "review.reject": reviewDecisionRows(),
  "review.acceptCorrespondents": proposalDecisionRows(),
  "review.dismissCorrespondents": proposalDecisionRows(),

  "settings.get": { expect: ADMINS },
  "settings.update": { input: () => ({ threshold: 0.5 }), expect: ADMINS },
  "settings.testConnection": { expect: ADMINS },
  "usage.summary": { expect: ADMINS },
  "mail.list": {
    expect: SIGNED_IN,
    see: async (out, actor) => {
      const mine = await ownerMailAccount();
      expect(ids(out).includes(mine)).toBe(actor === "owner" || actor === "admin");
      expect(JSON.stringify(out)).not.toContain(MAIL_PASSWORD);
    },
  },
  // Saved with a public address (a private one is refused without MAIL_ALLOW_PRIVATE); nothing connects on save.
  "mail.create": {
    input: () => ({ ...mailSettings(), host: PUBLIC_MAIL_HOST, name: unique("mailbox") }),
    expect: SIGNED_IN,
    see: (out) => expect(JSON.stringify(out)).not.toContain(MAIL_PASSWORD),
  },
  "mail.update": {
    input: async () => ({ ...mailSettings(), host: PUBLIC_MAIL_HOST, id: await ownerMailAccount(true), name: unique("renamed mailbox") }),
    expect: OWNERS_MAIL_ACCOUNT,
  },
  "mail.delete": {
    input: async () => ({ id: await ownerMailAccount(true) }),
    expect: OWNERS_MAIL_ACCOUNT,
    intact: ({ id }) => stillThereMail(id),
  },
  "mail.test": { input: async () => ({ id: await ownerMailAccount() }), expect: OWNERS_MAIL_ACCOUNT },
  "mail.messages": { input: async () => ({ accountId: await ownerMailAccount() }), expect: OWNERS_MAIL_ACCOUNT },
  "mail.consumeStatus": { expect: ADMINS },

  "jobs.list": { expect: ADMINS },
  "jobs.integrity": { expect: ADMINS },
  "jobs.retry": { input: () => ({ ids: ["1"] }), expect: ADMINS },

  // Read-only (ADR 0024): admins read everyone's entries, a member only their own whatever the filter says.
  "audit.list": {
    input: () => ({ userId: fx.userId.owner, limit: 200 }),
    expect: SIGNED_IN,
    see: (out, actor) => {
      const actors = new Set(out.items.map((e) => e.actorId));
      if (actor === "admin") expect([...actors].filter((a) => a !== fx.userId.owner)).toEqual([]);
      else expect([...actors].filter((a) => a !== fx.userId[actor as Member])).toEqual([]);
    },
  },
  "audit.document": { input: () => ({ id: fx.ownerDoc }), expect: OWNERS_DOCUMENT },
};

/** review.accept and review.reject take the same input and are refused the same way. */
function reviewDecisionRows(): Row<"review.accept">[] & Row<"review.reject">[] {
  return [
    {
      input: async () => ({ ids: [await freshSuggestion(fx)] }),
      expect: { ...OWNERS_DOCUMENT, other: "NOT_FOUND: suggestion not found" },
      intact: ({ ids: [id] }) => stillThere(topicSuggestions, id!),
    },
    {
      case: "all or nothing: one suggestion out of scope refuses the whole call",
      input: async () => ({ ids: [await freshSuggestion(fx, "other"), await freshSuggestion(fx)] }),
      expect: { anonymous: "UNAUTHORIZED", other: "NOT_FOUND: suggestion not found", owner: "NOT_FOUND: suggestion not found", admin: "ok" },
      intact: async ({ ids }) => {
        for (const id of ids) await stillThere(topicSuggestions, id);
      },
    },
  ];
}

/** review.acceptCorrespondents and review.dismissCorrespondents: scoped like the suggestions (ADR 0039). */
function proposalDecisionRows(): Row<"review.acceptCorrespondents">[] & Row<"review.dismissCorrespondents">[] {
  return [
    {
      input: async () => ({ ids: [await freshProposal(fx)] }),
      expect: { ...OWNERS_DOCUMENT, other: "NOT_FOUND: correspondent proposal not found" },
      intact: ({ ids: [id] }) => proposalThere(id!),
    },
    {
      case: "all or nothing: one proposal out of scope refuses the whole call",
      input: async () => ({ ids: [await freshProposal(fx, "other"), await freshProposal(fx)] }),
      expect: { anonymous: "UNAUTHORIZED", other: "NOT_FOUND: correspondent proposal not found", owner: "NOT_FOUND: correspondent proposal not found", admin: "ok" },
      intact: async ({ ids }) => {
        for (const id of ids) await proposalThere(id);
      },
    },
  ];
}

async function proposalThere(documentId: string): Promise<void> {
  const [row] = await fx.h.database.db.select({ proposed: documents.proposedCorrespondent }).from(documents).where(eq(documents.id, documentId));
  expect(row?.proposed, `${documentId}'s proposal is still there`).toBeTruthy();
}

function emailOf(actor: Member): string {
  return { owner: fx.owner.user.email, other: fx.other.user.email, admin: fx.h.admin.user.email }[actor];
}

/** The outcome as the row spells it: the code, with the message when the row names one or the code is not the expected one. */
function spell(settled: Settled, expected: Outcome): string {
  if (settled.ok) return "ok";
  return expected === settled.code ? settled.code : `${settled.code}: ${settled.message}`;
}

async function runProcedureRow(path: ProcedurePath, row: Row<ProcedurePath>): Promise<void> {
  const got = {} as Record<Actor, string>;
  for (const actor of ACTORS) {
    const input = await row.input?.(actor);
    const caller = (await row.caller?.(actor)) ?? fx.as[actor].caller;
    const settled = await settle(procedureAt(caller, path)(input));
    got[actor] = spell(settled, row.expect[actor]);
    if (settled.ok && row.expect[actor] === "ok") await row.see?.(settled.value as never, actor);
    if (!settled.ok && input !== undefined) await row.intact?.(input);
  }
  expect(got, `${path}${row.case ? ` (${row.case})` : ""}: outcome per actor`).toEqual(row.expect);
}

describe("every tRPC procedure × {owner, other member, admin, anonymous}", () => {
  const listed = Object.keys(appRouter._def.procedures).sort();

  it("has exactly one entry per procedure of the router, and no entry for a procedure that does not exist", () => {
    expect(Object.keys(procedures).sort()).toEqual(listed);
  });

  const cases = Object.entries(procedures).flatMap(([path, rows]) =>
    (Array.isArray(rows) ? rows : [rows]).map((row) => ({ name: row.case ? `${path} — ${row.case}` : path, path: path as ProcedurePath, row: row as Row<ProcedurePath> })),
  );
  it.each(cases)("$name", ({ path, row }) => runProcedureRow(path, row));
});

// ---------------------------------------------------------------- REST rows

/** An HTTP status, or "status: error message" when the message matters. */
type StatusOutcome = number | `${number}: ${string}`;
type StatusExpect = Record<Actor, StatusOutcome>;

interface RouteRow {
  case?: string;
  /** Made per actor (a request body can be read once; destructive rows need a resource per actor). */
  request: (actor: Actor) => Promise<{ path: string; init?: RequestInit; target?: string }> | { path: string; init?: RequestInit; target?: string };
  expect: StatusExpect;
  see?: (res: Response, actor: Actor) => Promise<void>;
  /** After a refused request: the target is untouched. */
  intact?: (target: string) => Promise<void>;
}

const HTTP_DOCUMENT_NOT_FOUND = "404: document not found";
const HTTP_OWNERS_DOCUMENT: StatusExpect = { anonymous: 401, other: HTTP_DOCUMENT_NOT_FOUND, owner: 200, admin: 200 };
const HTTP_SIGNED_IN: StatusExpect = { anonymous: 401, other: 200, owner: 200, admin: 200 };
const HTTP_EVERYONE: StatusExpect = { anonymous: 200, other: 200, owner: 200, admin: 200 };

const json = (body: unknown, method = "POST"): RequestInit => ({ method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
const HTTP_ADMINS: StatusExpect = { anonymous: 401, other: 403, owner: 403, admin: 200 };
/** Personal things (folders, personal topics, tokens): not even an admin reaches someone else's. */
const httpOwners = (ok: number, notFound: StatusOutcome): StatusExpect => ({ anonymous: 401, other: notFound, owner: ok, admin: notFound });
const bodyOf = async <T,>(res: Response): Promise<T> => (await res.clone().json()) as T;
const ownerDocPath = (suffix = "") => ({ path: `/api/documents/${fx.ownerDoc}${suffix}` });
const listedIds = async (res: Response) => ids(((await res.json()) as { items: { id: string }[] }).items);

async function objectKeyOf(id: string): Promise<string> {
  const [row] = await fx.h.database.db.select({ key: documents.objectKey }).from(documents).where(eq(documents.id, id));
  return row!.key;
}

const routes: Record<string, RouteRow | RouteRow[]> = {
  "GET /healthz": { request: () => ({ path: "/healthz" }), expect: HTTP_EVERYONE },

  "POST /api/auth/tokens": [
    {
      case: "email and password in, the owner's token out, whoever asks",
      request: () => ({ path: "/api/auth/tokens", init: json({ email: fx.owner.user.email, password: TEST_PASSWORD }) }),
      expect: { anonymous: 201, other: 201, owner: 201, admin: 201 },
      see: async (res) => {
        const { token } = (await res.json()) as { token: string };
        expect((await authenticate(fx.h.deps, new Headers({ authorization: `Bearer ${token}` }))).user?.id).toBe(fx.userId.owner);
      },
    },
    {
      case: "a wrong password gets no token",
      request: () => ({ path: "/api/auth/tokens", init: json({ email: fx.owner.user.email, password: "not the password" }) }),
      expect: { anonymous: 401, other: 401, owner: 401, admin: 401 },
    },
  ],

  "POST /api/users": {
    request: () => {
      const email = uniqueEmail("rest-user");
      return { path: "/api/users", init: json({ email, password: TEST_PASSWORD }), target: email };
    },
    expect: { anonymous: 401, other: 403, owner: 403, admin: 201 },
    intact: async (email) => expect(await fx.h.database.db.select().from(users).where(eq(users.email, email))).toEqual([]),
  },

  "POST /api/documents": [
    {
      request: () => ({ path: "/api/documents", init: { method: "POST", body: uploadForm({ name: `${unique("upload")}.pdf`, bytes: TINY_PDF }) } }),
      expect: { anonymous: 401, other: 201, owner: 201, admin: 201 },
      see: async (res, actor) => {
        const id = ((await res.json()) as { documents: { id: string }[] }).documents[0]!.id;
        const [row] = await fx.h.database.db.select({ ownerId: documents.ownerId }).from(documents).where(eq(documents.id, id));
        expect(row?.ownerId, "an upload belongs to its uploader").toBe(fx.userId[actor as Member]);
      },
    },
    {
      case: "into the owner's folder",
      request: () => ({
        path: `/api/documents?folder=${fx.ownerFolder}`,
        init: { method: "POST", body: uploadForm({ name: `${unique("upload")}.pdf`, bytes: TINY_PDF }) },
      }),
      expect: { anonymous: 401, other: "404: folder not found", owner: 201, admin: "404: folder not found" },
    },
  ],
  "GET /api/documents": [
    {
      case: "a listing holds the caller's documents only",
      request: () => ({ path: "/api/documents?perPage=100" }),
      expect: HTTP_SIGNED_IN,
      see: async (res, actor) => {
        const listed = await listedIds(res);
        const own = await documentIdsOf(fx, actor as Member);
        expect(listed.filter((id) => !own.has(id)), "documents outside the caller's scope").toEqual([]);
        expect(listed).toEqual(expect.arrayContaining(visibleFixtureDocs(actor as Member)));
      },
    },
    {
      case: "searching for the owner's filename",
      request: () => ({ path: `/api/documents?q=${encodeURIComponent(fx.ownerDocName.split(" ")[0]!)}` }),
      expect: HTTP_SIGNED_IN,
      see: async (res, actor) => expect(await listedIds(res)).toEqual(actor === "other" ? [] : [fx.ownerDoc]),
    },
    {
      case: "filtered by the owner's folder",
      request: () => ({ path: `/api/documents?folder=${fx.ownerFolder}` }),
      expect: { anonymous: 401, other: "404: folder not found", owner: 200, admin: "404: folder not found" },
      see: async (res) => expect(await listedIds(res)).toContain(fx.ownerDoc),
    },
  ],
  "GET /api/documents/:id": {
    request: () => ownerDocPath(),
    expect: HTTP_OWNERS_DOCUMENT,
    see: async (res) => expect(((await res.json()) as { id: string }).id).toBe(fx.ownerDoc),
  },
  "DELETE /api/documents/:id": {
    request: async () => {
      const id = await freshDoc(fx);
      return { path: `/api/documents/${id}`, init: { method: "DELETE" }, target: id };
    },
    expect: { ...HTTP_OWNERS_DOCUMENT, owner: 204, admin: 204 },
    intact: (id) => stillThere(documents, id),
  },
  "POST /api/documents/:id/restore": {
    request: async () => {
      const id = await trashed(await freshDoc(fx));
      return { path: `/api/documents/${id}/restore`, init: { method: "POST" }, target: id };
    },
    expect: HTTP_OWNERS_DOCUMENT,
    intact: async (id) => expect(await trashedAt(id)).not.toBeNull(),
  },
  "GET /api/trash": {
    case: "the trash holds the caller's documents only (admins: everyone's)",
    request: () => ({ path: "/api/trash" }),
    expect: HTTP_SIGNED_IN,
    see: async (res, actor) => {
      const { items } = (await res.json()) as { items: { ownerId: string }[] };
      if (actor === "other" || actor === "owner") expect(items.filter((d) => d.ownerId !== fx.userId[actor]), "trashed documents outside the caller's scope").toEqual([]);
    },
  },
  "GET /api/documents/:id/file": { request: () => ownerDocPath("/file"), expect: HTTP_OWNERS_DOCUMENT },
  "GET /api/documents/:id/notes": { request: () => ownerDocPath("/notes"), expect: HTTP_OWNERS_DOCUMENT },
  "GET /api/documents/:id/family": { request: () => ownerDocPath("/family"), expect: HTTP_OWNERS_DOCUMENT },
  "POST /api/documents/:id/notes": {
    request: async () => ({ path: `/api/documents/${await freshDoc(fx)}/notes`, init: json({ text: unique("a note") }) }),
    expect: { ...HTTP_OWNERS_DOCUMENT, owner: 201, admin: 201 },
  },
  "DELETE /api/documents/notes/:id": [
    {
      case: "the owner's note",
      request: async () => {
        const id = await freshNote("owner");
        return { path: `/api/documents/notes/${id}`, init: { method: "DELETE" }, target: id };
      },
      expect: { anonymous: 401, other: "404: note not found", owner: 204, admin: 204 },
      intact: (id) => stillThereNote(id),
    },
    {
      case: "an admin's note on the owner's document",
      request: async () => {
        const id = await freshNote("admin");
        return { path: `/api/documents/notes/${id}`, init: { method: "DELETE" }, target: id };
      },
      expect: { anonymous: 401, other: "404: note not found", owner: 403, admin: 204 },
      intact: (id) => stillThereNote(id),
    },
  ],
  "GET /api/documents/:id/thumbnail": { request: () => ({ path: `/api/documents/${fx.ownerImage}/thumbnail` }), expect: HTTP_OWNERS_DOCUMENT },
  "GET /api/documents/:id/searchable.pdf": { request: () => ({ path: `/api/documents/${fx.ownerImage}/searchable.pdf` }), expect: HTTP_OWNERS_DOCUMENT },
  "GET /api/documents/:id/preview": { request: () => ({ path: `/api/documents/${fx.ownerImage}/preview` }), expect: HTTP_OWNERS_DOCUMENT },

  // Presigned links of the local-folder store: the signature is the credential, for everyone alike.
  "GET /api/objects/:key": [
    {
      case: "no signature",
      request: async () => ({ path: `/api/objects/${encodeURIComponent(await objectKeyOf(fx.ownerDoc))}` }),
      expect: { anonymous: 403, other: 403, owner: 403, admin: 403 },
    },
    {
      case: "a forged signature",
      request: async () => ({
        path: `/api/objects/${encodeURIComponent(await objectKeyOf(fx.ownerDoc))}?expires=${Math.floor(Date.now() / 1000) + 600}&signature=${"0".repeat(64)}`,
      }),
      expect: { anonymous: 403, other: 403, owner: 403, admin: 403 },
    },
  ],

  "GET /api/openapi.json": { request: () => ({ path: "/api/openapi.json" }), expect: HTTP_EVERYONE },
  "GET /api/docs": { request: () => ({ path: "/api/docs" }), expect: HTTP_EVERYONE },
  "GET /api/docs/:file": { request: () => ({ path: "/api/docs/init.js" }), expect: HTTP_EVERYONE },

  "PATCH /api/documents/:id": [
    {
      case: "topics by name and by id",
      request: async () => {
        const id = await freshDoc(fx);
        const [global] = await fx.h.database.db.select({ name: topics.name }).from(topics).where(eq(topics.id, fx.globalTopic));
        return { path: `/api/documents/${id}`, init: json({ topics: [global!.name.toUpperCase(), fx.ownerTopic] }, "PATCH"), target: id };
      },
      expect: HTTP_OWNERS_DOCUMENT,
      see: async (res) => expect((await bodyOf<{ topics: { id: string }[] }>(res)).topics.map((t) => t.id).sort()).toEqual([fx.globalTopic, fx.ownerTopic].sort()),
    },
    {
      case: "into the owner's folder",
      request: async () => ({ path: `/api/documents/${await freshDoc(fx)}`, init: json({ folderId: fx.ownerFolder }, "PATCH") }),
      expect: httpOwners(200, 404),
    },
    {
      case: "a new title",
      request: async () => ({ path: `/api/documents/${await freshDoc(fx)}`, init: json({ title: "Renamed by PATCH" }, "PATCH") }),
      expect: HTTP_OWNERS_DOCUMENT,
      see: async (res) => expect((await bodyOf<{ title: string }>(res)).title).toBe("Renamed by PATCH"),
    },
  ],
  "POST /api/documents/move": [
    {
      case: "into the owner's folder",
      request: async () => ({ path: "/api/documents/move", init: json({ ids: [await freshDoc(fx)], folderId: fx.ownerFolder }) }),
      expect: httpOwners(200, 404),
    },
    {
      case: "out of any folder",
      request: async () => ({ path: "/api/documents/move", init: json({ ids: [await freshDoc(fx)], folderId: null }) }),
      expect: HTTP_OWNERS_DOCUMENT,
    },
  ],

  "GET /api/topics": {
    request: () => ({ path: "/api/topics" }),
    expect: HTTP_SIGNED_IN,
    see: async (res, actor) => expect(new Set(ids(await bodyOf<{ id: string }[]>(res)))).toEqual(await visibleTopicIdsOf(fx, actor as Member)),
  },
  "GET /api/topics/health": {
    request: () => ({ path: "/api/topics/health" }),
    expect: HTTP_SIGNED_IN,
    see: async (res, actor) => expect(new Set((await bodyOf<{ topicId: string }[]>(res)).map((t) => t.topicId))).toEqual(await visibleTopicIdsOf(fx, actor as Member)),
  },
  "POST /api/topics": {
    case: "an admin's is global, a member's personal",
    request: () => ({ path: "/api/topics", init: json({ name: unique("rest topic") }) }),
    expect: { anonymous: 401, other: 201, owner: 201, admin: 201 },
    see: async (res, actor) => expect((await bodyOf<{ topic: { ownerId: string | null } }>(res)).topic.ownerId).toBe(actor === "admin" ? null : fx.userId[actor as Member]),
  },
  "PATCH /api/topics/:id": [
    { case: "the owner's personal topic", request: () => ({ path: `/api/topics/${fx.ownerTopic}`, init: json({ color: "#10b981" }, "PATCH") }), expect: httpOwners(200, "404: topic not found") },
    { case: "a global topic", request: () => ({ path: `/api/topics/${fx.globalTopic}`, init: json({ color: "#10b981" }, "PATCH") }), expect: HTTP_ADMINS },
  ],
  "DELETE /api/topics/:id": [
    {
      case: "the owner's personal topic",
      request: async () => {
        const id = await freshTopic(fx, fx.userId.owner);
        return { path: `/api/topics/${id}`, init: { method: "DELETE" }, target: id };
      },
      expect: httpOwners(204, "404: topic not found"),
      intact: (id) => stillThere(topics, id),
    },
    {
      case: "a global topic",
      request: async () => {
        const id = await freshTopic(fx, null);
        return { path: `/api/topics/${id}`, init: { method: "DELETE" }, target: id };
      },
      expect: { ...HTTP_ADMINS, admin: 204 },
      intact: (id) => stillThere(topics, id),
    },
  ],
  "POST /api/topics/trials": [
    {
      case: "the owner's personal topic",
      request: () => ({ path: "/api/topics/trials", init: json({ change: { kind: "update", id: fx.ownerTopic, description: "bills" } }) }),
      expect: httpOwners(200, "404: topic not found"),
    },
    { case: "a global topic", request: () => ({ path: "/api/topics/trials", init: json({ change: { kind: "update", id: fx.globalTopic, description: "bills" } }) }), expect: HTTP_ADMINS },
  ],
  // Admins only (it spends the LLM budget); no LLM is configured here, so an admin gets 400.
  "POST /api/topics/trials/sample": {
    case: "a global topic",
    request: () => ({ path: "/api/topics/trials/sample", init: json({ change: { kind: "update", id: fx.globalTopic, description: "bills" } }) }),
    expect: { ...HTTP_ADMINS, admin: "400: no LLM is configured: enter an API key (or choose an OpenAI-compatible server) in Settings → Classification" },
  },
  "POST /api/topics/trials/:id/apply": {
    case: "the owner's trial",
    request: async () => ({ path: `/api/topics/trials/${await ownersTrial(false)}/apply`, init: { method: "POST" } }),
    expect: httpOwners(200, "404: trial not found"),
  },
  "POST /api/topics/trials/:id/undo": {
    case: "the owner's applied trial",
    request: async () => ({ path: `/api/topics/trials/${await ownersTrial(true)}/undo`, init: { method: "POST" } }),
    expect: httpOwners(200, "404: trial not found"),
  },

  "GET /api/correspondents": { request: () => ({ path: "/api/correspondents" }), expect: HTTP_SIGNED_IN },
  "POST /api/correspondents": {
    case: "an admin's is global, a member's their own",
    request: () => ({ path: "/api/correspondents", init: json({ name: unique("rest correspondent"), algorithm: "regex", match: "VF-\\d{6}" }) }),
    expect: { anonymous: 401, other: 201, owner: 201, admin: 201 },
    see: async (res, actor) => expect((await bodyOf<{ ownerId: string | null }>(res)).ownerId).toBe(actor === "admin" ? null : fx.userId[actor as Member]),
  },
  "PATCH /api/correspondents/:id": [
    { case: "the owner's own", request: async () => ({ path: `/api/correspondents/${await freshCorrespondent(fx.userId.owner)}`, init: json({ match: "y" }, "PATCH") }), expect: httpOwners(200, "404: correspondent not found") },
    { case: "a global one", request: async () => ({ path: `/api/correspondents/${await freshCorrespondent(null)}`, init: json({ match: "y" }, "PATCH") }), expect: HTTP_ADMINS },
  ],
  "DELETE /api/correspondents/:id": [
    {
      case: "the owner's own",
      request: async () => {
        const id = await freshCorrespondent(fx.userId.owner);
        return { path: `/api/correspondents/${id}`, init: { method: "DELETE" }, target: id };
      },
      expect: httpOwners(204, "404: correspondent not found"),
      intact: (id) => correspondentThere(id),
    },
    {
      case: "a global one",
      request: async () => {
        const id = await freshCorrespondent(null);
        return { path: `/api/correspondents/${id}`, init: { method: "DELETE" }, target: id };
      },
      expect: { ...HTTP_ADMINS, admin: 204 },
      intact: (id) => correspondentThere(id),
    },
  ],
  "POST /api/documents/correspondent": {
    request: async () => ({ path: "/api/documents/correspondent", init: json({ ids: [fx.ownerDoc], correspondentId: await freshCorrespondent(null) }) }),
    expect: HTTP_OWNERS_DOCUMENT,
  },

  "GET /api/fields": { request: () => ({ path: "/api/fields" }), expect: HTTP_SIGNED_IN },
  "POST /api/fields": { request: () => ({ path: "/api/fields", init: json({ name: unique("rest Total") }) }), expect: { ...HTTP_ADMINS, admin: 201 } },
  "PATCH /api/fields/:id": { request: async () => ({ path: `/api/fields/${await freshField()}`, init: json({ name: unique("rest Amount") }, "PATCH") }), expect: HTTP_ADMINS },
  "DELETE /api/fields/:id": {
    request: async () => {
      const id = await freshField();
      return { path: `/api/fields/${id}`, init: { method: "DELETE" }, target: id };
    },
    expect: { ...HTTP_ADMINS, admin: 204 },
    intact: (id) => fieldThere(id),
  },
  "PUT /api/fields/:id/topics/:topicId": { request: async () => ({ path: `/api/fields/${await freshField()}/topics/${fx.globalTopic}`, init: { method: "PUT" } }), expect: HTTP_ADMINS },
  "DELETE /api/fields/:id/topics/:topicId": { request: async () => ({ path: `/api/fields/${await freshField()}/topics/${fx.globalTopic}`, init: { method: "DELETE" } }), expect: HTTP_ADMINS },
  "POST /api/documents/fields": {
    request: async () => ({ path: "/api/documents/fields", init: json({ ids: [fx.ownerDoc], fieldId: await freshField(), value: "7.00 EUR" }) }),
    expect: HTTP_OWNERS_DOCUMENT,
  },
  "PUT /api/documents/:id/fields/:fieldId": {
    request: async () => ({ path: `/api/documents/${fx.ownerDoc}/fields/${await freshField()}`, init: json({ value: "8.00 EUR" }, "PUT") }),
    expect: HTTP_OWNERS_DOCUMENT,
  },

  "GET /api/folders": {
    request: () => ({ path: "/api/folders" }),
    expect: HTTP_SIGNED_IN,
    see: async (res, actor) => expect(ids(await bodyOf<{ id: string }[]>(res)).includes(fx.ownerFolder)).toBe(actor === "owner"),
  },
  "POST /api/folders": [
    { request: () => ({ path: "/api/folders", init: json({ name: unique("rest folder") }) }), expect: { anonymous: 401, other: 201, owner: 201, admin: 201 } },
    {
      case: "inside the owner's folder",
      request: () => ({ path: "/api/folders", init: json({ name: unique("rest folder"), parentId: fx.ownerFolder }) }),
      expect: httpOwners(201, "404: folder not found"),
    },
  ],

  "GET /api/views": { request: () => ({ path: "/api/views" }), expect: HTTP_SIGNED_IN },
  "GET /api/views/counts": { request: () => ({ path: "/api/views/counts" }), expect: HTTP_SIGNED_IN },
  "POST /api/views": { request: () => ({ path: "/api/views", init: json({ name: unique("rest view"), filters: { status: "done" } }) }), expect: { anonymous: 401, other: 201, owner: 201, admin: 201 } },
  "PATCH /api/views/:id": [
    { request: async () => ({ path: `/api/views/${await freshView("owner")}`, init: json({ name: unique("renamed rest view") }, "PATCH") }), expect: httpOwners(200, "404: view not found") },
    { case: "sharing is for admins", request: async (actor) => ({ path: `/api/views/${await freshView(member(actor) ? actor : "owner")}`, init: json({ shared: true }, "PATCH") }), expect: { anonymous: 401, other: 403, owner: 403, admin: 200 } },
  ],
  "DELETE /api/views/:id": {
    request: async () => {
      const id = await freshView("owner");
      return { path: `/api/views/${id}`, init: { method: "DELETE" }, target: id };
    },
    expect: httpOwners(204, "404: view not found"),
    intact: (id) => stillThereView(id),
  },

  "GET /api/review": {
    request: () => ({ path: "/api/review" }),
    expect: HTTP_SIGNED_IN,
    see: async (res, actor) => {
      const out = await bodyOf<{ items: { suggestions: { id: string }[] }[]; total: number; owners: unknown }>(res);
      expect(ids(out.items.flatMap((i) => i.suggestions)).includes(fx.ownerSuggestion)).toBe(actor !== "other");
      expect(out.total).toBe(await suggestionCountOf(fx, actor as Member));
      expect(out.owners === null).toBe(actor !== "admin");
    },
  },
  "POST /api/review/accept": restReviewDecisionRows("accept"),
  "POST /api/review/reject": restReviewDecisionRows("reject"),
  "POST /api/review/correspondents/accept": restProposalDecisionRows("accept"),
  "POST /api/review/correspondents/dismiss": restProposalDecisionRows("dismiss"),

  "GET /api/tokens": {
    request: () => ({ path: "/api/tokens" }),
    expect: HTTP_SIGNED_IN,
    see: async (res, actor) => expect(ids(await bodyOf<{ id: string }[]>(res)).includes(fx.ownerToken.id)).toBe(actor === "owner"),
  },
  "DELETE /api/tokens/:id": {
    request: async () => {
      const id = await freshOwnerToken(fx);
      return { path: `/api/tokens/${id}`, init: { method: "DELETE" }, target: id };
    },
    expect: httpOwners(204, "404: token not found"),
    intact: (id) => stillThere(apiTokens, id),
  },
  "GET /api/usage": { request: () => ({ path: "/api/usage" }), expect: HTTP_ADMINS },

  "GET /api/webhooks": {
    request: () => ({ path: "/api/webhooks" }),
    expect: HTTP_SIGNED_IN,
    see: async (res, actor) => expect(ids(await bodyOf<{ id: string }[]>(res)).includes(fx.ownerWebhook)).toBe(actor === "owner"),
  },
  "POST /api/webhooks": [
    { request: () => ({ path: "/api/webhooks", init: json({ url: "https://93.184.216.34/hook", events: ["document.done"] }) }), expect: { anonymous: 401, other: 201, owner: 201, admin: 201 } },
    {
      case: "a private address is refused, for admins too",
      request: () => ({ path: "/api/webhooks", init: json({ url: "http://169.254.169.254/latest", events: ["document.done"] }) }),
      expect: { anonymous: 401, other: 400, owner: 400, admin: 400 },
    },
  ],
  "PATCH /api/webhooks/:id": {
    request: () => ({ path: `/api/webhooks/${fx.ownerWebhook}`, init: json({ description: unique("hook") }, "PATCH") }),
    expect: httpOwners(200, "404: webhook not found"),
  },
  "DELETE /api/webhooks/:id": {
    request: async () => {
      const id = await freshWebhook();
      return { path: `/api/webhooks/${id}`, init: { method: "DELETE" }, target: id };
    },
    expect: httpOwners(204, "404: webhook not found"),
    intact: (id) => stillThere(webhookEndpoints, id),
  },
  "GET /api/webhooks/:id/deliveries": {
    request: () => ({ path: `/api/webhooks/${fx.ownerWebhook}/deliveries` }),
    expect: httpOwners(200, "404: webhook not found"),
    see: async (res) => expect(ids(await bodyOf<{ id: string }[]>(res))).toContain(fx.ownerDelivery),
  },
  "POST /api/webhooks/deliveries/:id/redeliver": {
    request: () => ({ path: `/api/webhooks/deliveries/${fx.ownerDelivery}/redeliver`, init: { method: "POST" } }),
    expect: httpOwners(200, "404: delivery not found"),
  },

  "GET /api/audit": {
    request: () => ({ path: `/api/audit?userId=${fx.userId.owner}&limit=200` }),
    expect: HTTP_SIGNED_IN,
    see: async (res, actor) => {
      const actors = new Set((await bodyOf<{ items: { actorId: string | null }[] }>(res)).items.map((e) => e.actorId));
      if (actor === "admin") expect([...actors].filter((a) => a !== fx.userId.owner)).toEqual([]);
      else expect([...actors].filter((a) => a !== fx.userId[actor as Member])).toEqual([]);
    },
  },
  "GET /api/audit/export": {
    request: () => ({ path: "/api/audit/export" }),
    expect: HTTP_SIGNED_IN,
    see: async (res, actor) => {
      const rows = (await res.text()).trim().split("\r\n").slice(1);
      if (actor !== "admin") for (const row of rows) expect(row.split(",")[3]).toBe(fx.userId[actor as Member]);
    },
  },
};

/** REST's review accept and reject: refused like tRPC's. */
function restReviewDecisionRows(verb: "accept" | "reject"): RouteRow[] {
  return [
    {
      request: async () => {
        const id = await freshSuggestion(fx);
        return { path: `/api/review/${verb}`, init: json({ ids: [id] }), target: id };
      },
      expect: { anonymous: 401, other: "404: suggestion not found", owner: 200, admin: 200 },
      intact: (id) => stillThere(topicSuggestions, id),
    },
    {
      case: "all or nothing: one suggestion out of scope refuses the whole call",
      request: async () => {
        const foreign = await freshSuggestion(fx, "other");
        return { path: `/api/review/${verb}`, init: json({ ids: [foreign, await freshSuggestion(fx)] }), target: foreign };
      },
      expect: { anonymous: 401, other: "404: suggestion not found", owner: "404: suggestion not found", admin: 200 },
      intact: (id) => stillThere(topicSuggestions, id),
    },
  ];
}

/** REST's proposed-correspondent accept and dismiss: refused like tRPC's. */
function restProposalDecisionRows(verb: "accept" | "dismiss"): RouteRow[] {
  return [
    {
      request: async () => {
        const id = await freshProposal(fx);
        return { path: `/api/review/correspondents/${verb}`, init: json({ ids: [id] }), target: id };
      },
      expect: { anonymous: 401, other: "404: correspondent proposal not found", owner: 200, admin: 200 },
      intact: (id) => proposalThere(id),
    },
    {
      case: "all or nothing: one proposal out of scope refuses the whole call",
      request: async () => {
        const foreign = await freshProposal(fx, "other");
        return { path: `/api/review/correspondents/${verb}`, init: json({ ids: [foreign, await freshProposal(fx)] }), target: foreign };
      },
      expect: { anonymous: 401, other: "404: correspondent proposal not found", owner: "404: correspondent proposal not found", admin: 200 },
      intact: (id) => proposalThere(id),
    },
  ];
}

/**
 * Entries of the app's route list that are not endpoints of their own — a closed list, so any new
 * entry (route or middleware) needs a row above or a line here. The static console routes ("ALL /*"
 * serving its files, "GET /*" answering index.html for client-side routes) serve no account data.
 */
const NOT_ENDPOINTS: Record<string, string> = {
  "ALL /*": "request id, access log, security headers, CSP (and the console's static files)",
  "ALL /api/*": "authentication and CSRF checks in front of every REST route",
  "ALL /trpc/*": "authentication and CSRF checks, and the tRPC endpoint itself: each procedure has its rows above",
  "ALL /healthz": "who is asking, so admins get each check's detail (GET /healthz has its row above)",
  "GET /*": "the console's index.html for client-side routes",
};
const HANDLERS_ALLOWED_IN_NOT_ENDPOINTS = new Set(["ALL /trpc/*", "GET /*"]);

/** The `error` of a JSON error answer; the start of the body otherwise. */
async function errorOf(res: Response): Promise<string> {
  const text = await res.clone().text();
  try {
    return String((JSON.parse(text) as { error?: unknown }).error);
  } catch {
    return text.slice(0, 80);
  }
}

async function runRouteRow(key: string, row: RouteRow): Promise<void> {
  const got = {} as Record<Actor, StatusOutcome>;
  for (const actor of ACTORS) {
    const { path, init, target } = await row.request(actor);
    const res = await fx.as[actor].request(path, init);
    if (key.startsWith("GET /api/docs")) expect(res.status).toBe(200);
    else if (key.includes(" /api/")) await api.check(key, res);
    const expected = row.expect[actor];
    got[actor] = expected === res.status ? res.status : `${res.status}: ${await errorOf(res)}`;
    if (got[actor] === expected && res.status < 300) await row.see?.(res, actor);
    if (res.status >= 400 && target !== undefined) await row.intact?.(target);
  }
  expect(got, `${key}${row.case ? ` (${row.case})` : ""}: status per actor`).toEqual(row.expect);
}

describe("every REST route × {owner, other member, admin, anonymous}", () => {
  // The route list comes from an app built with a console, as in production, so its routes are listed too.
  const webDistDir = mkdtempSync(join(tmpdir(), "docscan-console-"));
  writeFileSync(join(webDistDir, "index.html"), "<!doctype html><title>docscan</title>");
  afterAll(() => rmSync(webDistDir, { recursive: true, force: true }));

  it("has exactly one entry per route of the app, and no entry for a route that does not exist", () => {
    const entries = inspectRoutes(createApp(fx.h.deps, { webDistDir }));
    const keys = [...new Set(entries.map((r) => `${r.method} ${r.path}`))].filter((k) => !(k in NOT_ENDPOINTS)).sort();
    expect(keys).toEqual(Object.keys(routes).sort());
    // A handler hidden behind a skipped entry would escape the matrix.
    const hidden = entries.filter((r) => !r.isMiddleware && `${r.method} ${r.path}` in NOT_ENDPOINTS && !HANDLERS_ALLOWED_IN_NOT_ENDPOINTS.has(`${r.method} ${r.path}`));
    expect(hidden).toEqual([]);
  });

  const cases = Object.entries(routes).flatMap(([key, rows]) => (Array.isArray(rows) ? rows : [rows]).map((row) => ({ name: row.case ? `${key} — ${row.case}` : key, key, row })));
  it.each(cases)("$name", ({ key, row }) => runRouteRow(key, row));
});

// ---------------------------------------------------------------- the cookie path

/** tRPC over HTTP as the console calls it (superjson: the input travels as `{ json }`). */
async function trpcHttp(
  path: string,
  opts: { type: "query" | "mutation"; input?: unknown; cookie?: string; csrfToken?: string },
): Promise<{ status: number; body: { result?: { data: { json: unknown } }; error?: { json: { message: string; data: { code: string } } } }; setCookie: string | null }> {
  const headers: Record<string, string> = {};
  if (opts.cookie) headers.cookie = opts.cookie;
  if (opts.csrfToken) headers[CSRF_HEADER] = opts.csrfToken;
  const encoded = JSON.stringify({ json: opts.input ?? null });
  const res =
    opts.type === "query"
      ? await fx.h.app.request(`/trpc/${path}${opts.input === undefined ? "" : `?input=${encodeURIComponent(encoded)}`}`, { headers })
      : await fx.h.app.request(`/trpc/${path}`, { method: "POST", headers: { ...headers, "content-type": "application/json" }, body: encoded });
  return { status: res.status, body: (await res.json()) as never, setCookie: res.headers.get("set-cookie") };
}

async function signInOverHttp(who: "owner" | "other"): Promise<{ cookie: string; csrfToken: string }> {
  const res = await trpcHttp("auth.login", { type: "mutation", input: { email: emailOf(who), password: TEST_PASSWORD } });
  expect(res.status).toBe(200);
  const value = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(res.setCookie ?? "")?.[1];
  expect(value, "auth.login sets the session cookie").toBeTruthy();
  return { cookie: `${SESSION_COOKIE}=${value}`, csrfToken: (res.body.result!.data.json as { csrfToken: string }).csrfToken };
}

describe("a session cookie acts as its user, like a token", () => {
  it("the other member's session cannot read, change or find the owner's document; the owner's can", async () => {
    const other = await signInOverHttp("other");
    const owner = await signInOverHttp("owner");

    expect((await fx.h.app.request(`/api/documents/${fx.ownerDoc}`, { headers: { cookie: other.cookie } })).status).toBe(404);
    expect((await fx.h.app.request(`/api/documents/${fx.ownerDoc}`, { headers: { cookie: owner.cookie } })).status).toBe(200);

    const asOther = await trpcHttp("documents.get", { type: "query", input: { id: fx.ownerDoc }, cookie: other.cookie });
    expect([asOther.status, asOther.body.error?.json.message]).toEqual([404, "document not found"]);
    const asOwner = await trpcHttp("documents.get", { type: "query", input: { id: fx.ownerDoc }, cookie: owner.cookie });
    expect(asOwner.status).toBe(200);

    const search = await trpcHttp("documents.list", { type: "query", input: { q: fx.ownerDocName.split(" ")[0] }, cookie: other.cookie });
    expect(ids((search.body.result!.data.json as { items: { id: string }[] }).items)).toEqual([]);

    // A cookie write needs the session's CSRF token; with it, the other member still gets "not found".
    const noCsrf = await trpcHttp("documents.reextract", { type: "mutation", input: { id: fx.ownerDoc }, cookie: other.cookie });
    expect(noCsrf.status).toBe(403);
    const write = await trpcHttp("documents.reextract", { type: "mutation", input: { id: fx.ownerDoc }, cookie: other.cookie, csrfToken: other.csrfToken });
    expect([write.status, write.body.error?.json.data.code]).toEqual([404, "NOT_FOUND"]);
    const ownWrite = await trpcHttp("documents.reextract", { type: "mutation", input: { id: fx.ownerDoc }, cookie: owner.cookie, csrfToken: owner.csrfToken });
    expect(ownWrite.status).toBe(200);
  });

  it("after logout the cookie is nobody: 401 on documents, no user in auth.status", async () => {
    const owner = await signInOverHttp("owner");
    const out = await trpcHttp("auth.logout", { type: "mutation", cookie: owner.cookie, csrfToken: owner.csrfToken });
    expect(out.status).toBe(200);
    expect((await fx.h.app.request(`/api/documents/${fx.ownerDoc}`, { headers: { cookie: owner.cookie } })).status).toBe(401);
    const status = await trpcHttp("auth.status", { type: "query", cookie: owner.cookie });
    expect((status.body.result!.data.json as { user: unknown }).user).toBeNull();
  });
});
