// Topic use-cases behind both the tRPC procedures and the REST routes (ADR 0010).
import { topicHealth } from "@docscan/db/topic-health";
import { createTopic, deleteTopic, getVisibleTopic, updateTopic, type AuthUser, type Db, type DbOrTx, type TopicFields, type TopicRow } from "@docscan/db";
import { z } from "zod";
import { ForbiddenError, idSchema, type topicCreateSchema } from "@docscan/shared";
import type { Audit } from "../audit.ts";
import { documentScope } from "../auth/scope.ts";

/** Who owns a topic `user` creates: admins create global topics unless they ask for a personal one; members only personal ones. */
export function newTopicOwner(user: AuthUser, personal = false): string | null {
  return user.role === "admin" && !personal ? null : user.id;
}

/**
 * The topic `user` may change (ADR 0010): their own personal topic, or a global one if they are an admin.
 * Someone else's personal topic is "topic not found", for admins too.
 */
export async function topicToChange(db: DbOrTx, user: AuthUser, id: string): Promise<TopicRow> {
  const topic = await getVisibleTopic(db, user.id, id);
  if (topic.ownerId === null && user.role !== "admin") throw new ForbiddenError("only admins can change global topics");
  return topic;
}

/** What the audit log keeps of a topic. */
const topicFields = (t: TopicRow) => ({ name: t.name, description: t.description, color: t.color, threshold: t.threshold, ownerId: t.ownerId });

/** A name that exists already (any case) in the same namespace returns the existing topic with `created: false`. */
export async function createTopicFor(db: Db, audit: Audit, user: AuthUser, { personal, ...fields }: z.output<typeof topicCreateSchema>) {
  const result = await createTopic(db, { ...fields, ownerId: newTopicOwner(user, personal) });
  if (result.created) await audit({ action: "topic.create", objectType: "topic", objectId: result.topic.id, objectLabel: result.topic.name, after: topicFields(result.topic) });
  return result;
}

export async function changeTopic(db: Db, audit: Audit, user: AuthUser, id: string, fields: Partial<TopicFields>): Promise<TopicRow> {
  const { before, after } = await db.transaction(async (tx) => {
    const before = await topicToChange(tx, user, id);
    return { before, after: await updateTopic(tx, id, fields) };
  });
  await audit({ action: "topic.update", objectType: "topic", objectId: id, objectLabel: after.name, before: topicFields(before), after: topicFields(after) });
  return after;
}

export async function removeTopic(db: Db, audit: Audit, user: AuthUser, id: string): Promise<{ detached: number }> {
  const { topic, result } = await db.transaction(async (tx) => {
    const topic = await topicToChange(tx, user, id);
    return { topic, result: await deleteTopic(tx, id) };
  });
  await audit({ action: "topic.delete", objectType: "topic", objectId: id, objectLabel: topic.name, before: { ...topicFields(topic), documents: result.detached } });
  return result;
}

export const topicHealthInputSchema = z.object({
  owner: z
    .union([idSchema, z.literal("none")])
    .optional()
    .describe('Admins: count only this user\'s documents and list their personal topics ("none": documents without owner, global topics). Members always count only their own.'),
});

/**
 * Topic health (ADR 0035) over the documents `user` can see (admins: everyone's; members: their own), for the
 * topics they can use — an admin narrowing to one owner gets that owner's personal topics instead of their own.
 */
export function topicHealthFor(db: DbOrTx, user: AuthUser, input: z.output<typeof topicHealthInputSchema>) {
  const owner = input.owner === undefined ? undefined : input.owner === "none" ? null : input.owner;
  const topicsOf = user.role === "admin" && owner !== undefined ? owner : user.id;
  return topicHealth(db, { topicsOf, scope: documentScope(user), owner });
}
