// The review inbox's use-cases behind both the tRPC procedures and the REST routes (ADR 0010).
import { z } from "zod";
import { acceptSuggestions, listReviewDocuments, otherSuggestionsOf, rejectSuggestions, reviewOwners, type AuthUser, type Db } from "@docscan/db";
import { acceptCorrespondentProposals, dismissCorrespondentProposals } from "@docscan/db/correspondents";
import { correspondentCreateSchema, idSchema } from "@docscan/shared";
import type { Audit, AuditEvent } from "../audit.ts";
import { documentScope } from "../auth/scope.ts";
import { correspondentEvent, event, fieldsOf, newCorrespondentOwner } from "./correspondents.ts";
import { newTopicOwner } from "./topics.ts";

export const suggestionIdsSchema = z.object({ ids: z.array(idSchema).min(1).max(500).describe("Suggestion ids (`suggestions[].id` of the inbox).") });
export const acceptInputSchema = suggestionIdsSchema.extend({
  rejectRest: z.boolean().default(false).describe("Also reject the documents' other suggestions."),
});

export const proposalIdsSchema = z.object({
  ids: z.array(idSchema).min(1).max(500).describe("Document ids whose proposed correspondent to decide (`documentId` of inbox items with a `proposedCorrespondent`)."),
});

export const reviewListInputSchema = z.object({
  /** Documents per page. */
  limit: z.coerce.number().int().min(1).max(500).default(100).describe("Documents per page."),
  /** Admins: only this user's documents ("none": documents without owner). Members see only their own anyway. */
  owner: z.union([idSchema, z.literal("none")]).optional().describe('Admins: only this user\'s documents ("none": documents without owner).'),
});

/** The inbox in the caller's scope; `owners` (the owner filter's choices) for admins only, else null. */
export async function reviewInbox(db: Db, user: AuthUser, input: z.output<typeof reviewListInputSchema>) {
  const scope = documentScope(user);
  const owner = input.owner === undefined ? undefined : input.owner === "none" ? null : input.owner;
  const [page, owners] = await Promise.all([
    listReviewDocuments(db, { limit: input.limit, scope, owner }),
    // The owner filter is an admin's: a member's inbox holds only their own documents.
    user.role === "admin" ? reviewOwners(db, scope) : Promise.resolve(null),
  ]);
  return { ...page, owners };
}

/**
 * Accepted topics become confirmed (manual) links that the classifiers learn from; proposals become
 * topics of the acceptor's kind. `rejectRest`: the documents' other suggestions are rejected at once.
 */
export async function acceptReview(db: Db, audit: Audit, user: AuthUser, input: z.output<typeof acceptInputSchema>): Promise<{ accepted: number; rejected: number }> {
  const result = await db.transaction(async (tx) => {
    const chosen = [...new Set(input.ids)];
    const scope = documentScope(user);
    const rest = input.rejectRest ? await otherSuggestionsOf(tx, chosen) : [];
    const accepted = await acceptSuggestions(tx, chosen, { scope, newTopicOwner: newTopicOwner(user) });
    const rejected = rest.length > 0 ? await rejectSuggestions(tx, rest, scope, user.id) : { rejected: 0, links: [] };
    return { accepted, rejected };
  });
  await audit(reviewEvents(result.accepted.links, result.rejected.links));
  return { accepted: result.accepted.accepted, rejected: result.rejected.rejected };
}

/** A rejected topic is never suggested to that document again. */
export async function rejectReview(db: Db, audit: Audit, user: AuthUser, ids: string[]): Promise<{ rejected: number }> {
  const { rejected, links } = await db.transaction((tx) => rejectSuggestions(tx, [...new Set(ids)], documentScope(user), user.id));
  await audit(reviewEvents([], links));
  return { rejected };
}

/** One audit entry per document a review decision touched: the topics accepted and the suggestions rejected. */
function reviewEvents(accepted: { documentId: string; topicId: string }[], rejected: { documentId: string; topicId: string | null }[]): AuditEvent[] {
  const byDocument = new Map<string, { accepted: string[]; rejected: string[] }>();
  const entry = (id: string) => byDocument.get(id) ?? byDocument.set(id, { accepted: [], rejected: [] }).get(id)!;
  for (const l of accepted) entry(l.documentId).accepted.push(l.topicId);
  // A rejected proposal (no topic yet) is counted as one without an id.
  for (const l of rejected) entry(l.documentId).rejected.push(l.topicId ?? "proposal");
  return [...byDocument].map(([documentId, r]) => ({
    action: "document.topics" as const,
    objectType: "document" as const,
    objectId: documentId,
    after: { ...(r.accepted.length ? { accepted: r.accepted } : {}), ...(r.rejected.length ? { rejected: r.rejected } : {}), via: "review" },
  }));
}

/**
 * Proposed correspondents (ADR 0039), like proposed topics: accepting is "add and set" — the correspondent of that
 * name the document's owner may use, else a new one of the acceptor's kind (an admin's global, a member's own,
 * learned from its documents), set as a person's choice, which clears the proposal. All or nothing: a document
 * outside the caller's scope or without a proposal waiting fails the whole call with "not found".
 */
export async function acceptCorrespondents(db: Db, audit: Audit, user: AuthUser, ids: string[]): Promise<{ accepted: number; created: number }> {
  const owner = newCorrespondentOwner(user);
  const result = await db.transaction((tx) =>
    acceptCorrespondentProposals(tx, ids, {
      scope: documentScope(user),
      // The defaults of a correspondent created by name, as on the Correspondents page.
      newCorrespondent: (name) => {
        const { personal: _, ...fields } = correspondentCreateSchema.parse({ name });
        return { ...fields, ownerId: owner };
      },
    }),
  );
  await audit([
    ...result.created.map((c) => event("correspondent.create", c, { after: { ...fieldsOf(c), via: "review" } })),
    ...result.set.map((s) => correspondentEvent(s.documentId, s.before, { correspondentId: s.correspondentId, correspondent: s.name, via: "review" })),
  ]);
  return { accepted: result.accepted, created: result.created.length };
}

/** A dismissed proposal leaves the inbox, and that name is not proposed for the document again. */
export async function dismissCorrespondents(db: Db, audit: Audit, user: AuthUser, ids: string[]): Promise<{ dismissed: number }> {
  const dismissed = await db.transaction((tx) => dismissCorrespondentProposals(tx, ids, documentScope(user)));
  await audit(dismissed.map((p) => correspondentEvent(p.documentId, null, { dismissedProposal: p.name, via: "review" })));
  return { dismissed: dismissed.length };
}
