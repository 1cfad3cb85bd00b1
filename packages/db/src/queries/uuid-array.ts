import { sql } from "drizzle-orm";

/**
 * Ids as one Postgres `uuid[]` parameter (`= any(...)`, `unnest(...)`): a page of 1 000 ids costs one parameter,
 * not 1 000. Only for uuids the database or the input schema produced.
 */
export const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(",")}}`}::uuid[]`;
