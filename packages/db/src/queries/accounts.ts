// Users, console sessions and API tokens. Password hashing and token generation live in the api; this
// module only stores and finds hashes.
import { and, asc, count, desc, eq, getTableColumns, gt, sql } from "drizzle-orm";
import { ConflictError, NotFoundError, type Role } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { apiTokens, documents, sessions, users, type UserRow } from "../schema/index.ts";

/** The user as the api and console see it: never the password hash. */
export type PublicUser = Omit<UserRow, "passwordHash">;
/** Who is calling: what authorization decisions need. */
export interface AuthUser {
  id: string;
  email: string;
  role: Role;
}

const { passwordHash: _hash, ...publicUserColumns } = getTableColumns(users);
export { publicUserColumns };

// Serialises first-admin creation between api processes (any constant; only has to be the same everywhere).
const FIRST_ADMIN_LOCK_ID = 4_242_002;

export async function countUsers(db: DbOrTx): Promise<number> {
  const [row] = await db.select({ n: count() }).from(users);
  return row?.n ?? 0;
}

export async function insertUser(db: DbOrTx, fields: { email: string; passwordHash: string; role: Role }): Promise<PublicUser> {
  const [row] = await db.insert(users).values(fields).onConflictDoNothing().returning(publicUserColumns);
  if (!row) throw new ConflictError("a user with this email already exists");
  return row;
}

/**
 * Creates the first admin, only while there are no users (otherwise ConflictError), and gives them the
 * documents uploaded before accounts existed.
 */
export async function createFirstAdmin(db: DbOrTx, fields: { email: string; passwordHash: string }): Promise<PublicUser> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_ADMIN_LOCK_ID})`);
    if ((await countUsers(tx)) > 0) throw new ConflictError("docscan is already set up: sign in instead");
    const admin = await insertUser(tx, { ...fields, role: "admin" });
    await tx.update(documents).set({ ownerId: admin.id }).where(sql`${documents.ownerId} is null`);
    // The usage triggers only count inserts and deletes (migration 0006), so count the adopted documents here.
    await tx.execute(sql`
      update users set used_documents = s.n, used_bytes = s.bytes
      from (select count(*)::int as n, coalesce(sum(size), 0)::bigint as bytes from documents where owner_id = ${admin.id}) s
      where users.id = ${admin.id}`);
    return getUser(tx, admin.id);
  });
}

/** For sign-in only: the one query that reads the password hash. */
export async function findUserForLogin(db: DbOrTx, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(sql`lower(${users.email}) = lower(${email})`);
  return row ?? null;
}

export async function getUser(db: DbOrTx, id: string): Promise<PublicUser> {
  const [row] = await db.select(publicUserColumns).from(users).where(eq(users.id, id));
  if (!row) throw new NotFoundError("user");
  return row;
}

export async function listUsers(db: DbOrTx): Promise<PublicUser[]> {
  return db.select(publicUserColumns).from(users).orderBy(asc(users.email));
}

export interface UserChanges {
  role?: Role;
  disabled?: boolean;
  passwordHash?: string;
  quotaBytes?: number | null;
  quotaDocuments?: number | null;
}

// Serialises role and disabled changes, so two admins demoting each other at once cannot leave none.
const ADMIN_CHANGES_LOCK_ID = 4_242_003;

/**
 * Applies the changes. A new password, disabling, or a new role ends all of the user's sessions and
 * deletes their API tokens (issue 13): a credential issued under the old password or role never outlives
 * it, and enabling the user again brings none back. Demoting or disabling the last active admin is
 * refused (ConflictError).
 */
export async function updateUser(db: DbOrTx, id: string, changes: UserChanges): Promise<PublicUser> {
  return db.transaction(async (tx) => {
    const touchesAdmins = changes.role !== undefined || changes.disabled !== undefined;
    if (touchesAdmins) await tx.execute(sql`select pg_advisory_xact_lock(${ADMIN_CHANGES_LOCK_ID})`);
    const [before] = await tx.select({ role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, id));
    if (!before) throw new NotFoundError("user");
    const [row] = await tx
      .update(users)
      .set({ ...changes, updatedAt: sql`now()` })
      .where(eq(users.id, id))
      .returning(publicUserColumns);
    if (!row) throw new NotFoundError("user");
    const wasActiveAdmin = before.role === "admin" && !before.disabled;
    if (touchesAdmins && wasActiveAdmin && (await countActiveAdmins(tx)) === 0) {
      throw new ConflictError("docscan needs at least one active admin: make another user an admin first");
    }
    const roleChanged = changes.role !== undefined && changes.role !== before.role;
    if (changes.disabled === true || changes.passwordHash !== undefined || roleChanged) {
      await tx.delete(sessions).where(eq(sessions.userId, id));
      await tx.delete(apiTokens).where(eq(apiTokens.userId, id));
    }
    return row;
  });
}

/** How many active admins there are: the last one cannot be demoted or disabled. */
export async function countActiveAdmins(db: DbOrTx): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.disabled, false)));
  return row?.n ?? 0;
}

// ---------------------------------------------------------------- sessions

/**
 * What must still hold when a session or an API token is created, checked by the insert itself (one
 * statement): the user exists and is enabled, and, when given, still has the password hash the caller
 * verified, and the session or token the request came with still exists. A password reset, a disable or a
 * sign-out that commits between the check and the insert then leaves nothing behind.
 */
export interface CredentialGuard {
  passwordHash?: string;
  /** The hash of the session the request came with. */
  sessionHash?: string;
  /** The hash of the API token the request came with. */
  apiTokenHash?: string;
}

/**
 * FOR SHARE: a reset, disable or sign-out in progress (its transaction has updated the user or deleted the
 * session, not yet committed) makes the insert wait for it and then see its outcome; an insert that gets
 * there first makes updateUser wait, and its later delete of the user's tokens and sessions sees the new row.
 */
function guardHolds(userId: string, g: CredentialGuard) {
  return sql`exists (select 1 from users u where u.id = ${userId}::uuid and not u.disabled
      ${g.passwordHash !== undefined ? sql`and u.password_hash = ${g.passwordHash}` : sql``} for share)
    ${g.sessionHash !== undefined ? sql`and exists (select 1 from sessions s where s.token_hash = ${g.sessionHash} and s.user_id = ${userId}::uuid and s.expires_at > now() for share)` : sql``}
    ${g.apiTokenHash !== undefined ? sql`and exists (select 1 from api_tokens t where t.token_hash = ${g.apiTokenHash} and t.user_id = ${userId}::uuid for share)` : sql``}`;
}

/** False when the guard no longer holds (nothing is inserted). */
export async function insertSession(db: DbOrTx, s: { tokenHash: string; userId: string; csrfToken: string; expiresAt: Date }, guard: CredentialGuard = {}): Promise<boolean> {
  const rows = (await db.execute(sql`
    insert into sessions (token_hash, user_id, csrf_token, expires_at)
    select ${s.tokenHash}, ${s.userId}::uuid, ${s.csrfToken}, ${s.expiresAt.toISOString()}::timestamptz
    where ${guardHolds(s.userId, guard)}
    returning token_hash`)) as unknown as unknown[];
  return rows.length > 0;
}

/** The session's user, if the session exists, has not expired and the user is enabled. */
export async function findSession(db: DbOrTx, tokenHash: string): Promise<{ user: AuthUser; csrfToken: string } | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, role: users.role, csrfToken: sessions.csrfToken })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, sql`now()`), eq(users.disabled, false)));
  if (!row) return null;
  const { csrfToken, ...user } = row;
  return { user, csrfToken };
}

export async function deleteSession(db: DbOrTx, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteExpiredSessions(db: DbOrTx): Promise<void> {
  await db.delete(sessions).where(sql`${sessions.expiresAt} <= now()`);
}

// ---------------------------------------------------------------- API tokens

export interface ApiTokenInfo {
  id: string;
  name: string;
  prefix: string;
  lastUsedAt: Date | null;
  createdAt: Date;
}

const tokenInfoColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  lastUsedAt: apiTokens.lastUsedAt,
  createdAt: apiTokens.createdAt,
};

/** Null when the guard no longer holds (nothing is inserted). */
export async function insertApiToken(db: DbOrTx, t: { userId: string; name: string; tokenHash: string; prefix: string }, guard: CredentialGuard = {}): Promise<ApiTokenInfo | null> {
  const [inserted] = (await db.execute(sql`
    insert into api_tokens (user_id, name, token_hash, prefix)
    select ${t.userId}::uuid, ${t.name}, ${t.tokenHash}, ${t.prefix}
    where ${guardHolds(t.userId, guard)}
    returning id`)) as unknown as { id: string }[];
  if (!inserted) return null;
  const [row] = await db.select(tokenInfoColumns).from(apiTokens).where(eq(apiTokens.id, inserted.id));
  return row ?? null;
}

export async function listApiTokens(db: DbOrTx, userId: string): Promise<ApiTokenInfo[]> {
  return db.select(tokenInfoColumns).from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
}

/** Revokes one of the user's own tokens (returns its id and name); someone else's token is "not found". */
export async function deleteApiToken(db: DbOrTx, userId: string, id: string): Promise<{ id: string; name: string }> {
  const [row] = await db
    .delete(apiTokens)
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)))
    .returning({ id: apiTokens.id, name: apiTokens.name });
  if (!row) throw new NotFoundError("token");
  return row;
}

/** The token's user if the token exists and the user is enabled; records the use (at most once a minute). */
export async function findUserByToken(db: DbOrTx, tokenHash: string): Promise<AuthUser | null> {
  const [row] = await db
    .select({ id: users.id, email: users.email, role: users.role, tokenId: apiTokens.id, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), eq(users.disabled, false)));
  if (!row) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db.update(apiTokens).set({ lastUsedAt: sql`now()` }).where(eq(apiTokens.id, row.tokenId));
  }
  return { id: row.id, email: row.email, role: row.role };
}

// ---------------------------------------------------------------- quotas

export interface QuotaState {
  quotaBytes: number | null;
  quotaDocuments: number | null;
  usedBytes: number;
  usedDocuments: number;
}

/** The user's quota and usage (the counters the usage triggers keep). */
export async function readQuota(db: DbOrTx, userId: string): Promise<QuotaState> {
  const [row] = await db
    .select({ quotaBytes: users.quotaBytes, quotaDocuments: users.quotaDocuments, usedBytes: users.usedBytes, usedDocuments: users.usedDocuments })
    .from(users)
    .where(eq(users.id, userId));
  if (!row) throw new NotFoundError("user");
  return row;
}
