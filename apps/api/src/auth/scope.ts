import type { AuthUser, ListScope } from "@docscan/db";

/** The documents a user may see and touch: admins all of them, members their own (ADR 0010). */
export function documentScope(user: AuthUser): ListScope {
  return user.role === "admin" ? {} : { ownerId: user.id };
}
