import { z } from "zod";
import { listAvailableTopics, type AuthUser, type DbOrTx } from "@docscan/db";
import { idSchema, InvalidInputError, LIMITS, NotFoundError } from "@docscan/shared";

/** A topic named by its id or by its name (any case): what scripts and shells find easier to write. */
export const topicRefSchema = z
  .string()
  .trim()
  .min(1, "name a topic")
  .max(Math.max(LIMITS.topicNameMax, 36))
  .describe("A topic id, or a topic name (any case) among the global topics and your personal ones.")
  .meta({ example: "Invoices" });

/**
 * The ids of the topics `refs` name, in order. Names are looked up among the global topics and the
 * caller's personal ones; a name that is both is ambiguous and must be given as an id. Ids pass through
 * (the use-case checks whether the caller may use them).
 */
export async function resolveTopicRefs(db: DbOrTx, user: AuthUser, refs: string[]): Promise<string[]> {
  if (refs.every((r) => idSchema.safeParse(r).success)) return refs;
  const available = await listAvailableTopics(db, user.id);
  return refs.map((ref) => {
    if (idSchema.safeParse(ref).success) return ref;
    const matches = available.filter((t) => t.name.toLowerCase() === ref.toLowerCase());
    if (matches.length === 0) throw new NotFoundError(`topic "${ref}"`);
    if (matches.length > 1) throw new InvalidInputError(`"${ref}" names both a global topic and a personal one: give its id instead`);
    return matches[0]!.id;
  });
}
