// Topic use-cases behind both the tRPC procedures and the REST routes (ADR 0010).
import { createTopic, deleteTopic, getVisibleTopic, updateTopic, type AuthUser, type Db, type DbOrTx, type TopicFields, type TopicRow } from "@docscan/db";
import type { z } from "zod";
import { ForbiddenError, type topicCreateSchema } from "@docscan/shared";

/** Who owns a topic `user` creates: admins create global topics unless they ask for a personal one; members only personal ones. */
export function newTopicOwner(user: AuthUser, personal = false): string | null {
  return user.role === "admin" && !personal ? null : user.id;
}

/**
 * The topic `user` may change (ADR 0010): their own personal topic, or a global one if they are an admin.
 * Someone else's personal topic is "topic not found", for admins too.
 */
async function topicToChange(db: DbOrTx, user: AuthUser, id: string): Promise<TopicRow> {
  const topic = await getVisibleTopic(db, user.id, id);
  if (topic.ownerId === null && user.role !== "admin") throw new ForbiddenError("only admins can change global topics");
  return topic;
}

/** A name that exists already (any case) in the same namespace returns the existing topic with `created: false`. */
export function createTopicFor(db: DbOrTx, user: AuthUser, { personal, ...fields }: z.output<typeof topicCreateSchema>) {
  return createTopic(db, { ...fields, ownerId: newTopicOwner(user, personal) });
}

export function changeTopic(db: Db, user: AuthUser, id: string, fields: Partial<TopicFields>): Promise<TopicRow> {
  return db.transaction(async (tx) => {
    await topicToChange(tx, user, id);
    return updateTopic(tx, id, fields);
  });
}

export function removeTopic(db: Db, user: AuthUser, id: string): Promise<{ detached: number }> {
  return db.transaction(async (tx) => {
    await topicToChange(tx, user, id);
    return deleteTopic(tx, id);
  });
}
