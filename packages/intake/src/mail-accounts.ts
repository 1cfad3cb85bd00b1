// Mail accounts as the console sees them: the password is encrypted at rest and never leaves the server.
import { and, desc, eq, getTableColumns, inArray, isNull, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { DbOrTx } from "@docscan/db";
import { encryptSecret, type SecretKey } from "@docscan/db/secrets";
import { folders, mailAccounts, mailMessages, topics } from "@docscan/db/schema";
import { InvalidInputError, NotFoundError } from "@docscan/shared";
import { rulesSchema, type MailRule } from "./rules.ts";

const hostSchema = z
  .string()
  .trim()
  .min(1, "enter the IMAP server's host name")
  .max(253)
  .regex(/^[A-Za-z0-9.-]+$|^\[[0-9a-fA-F:]+\]$/, "a host name like imap.example.com or an IP address");

export const mailAccountFieldsSchema = z.object({
  name: z.string().trim().min(1, "give the account a name").max(100),
  host: hostSchema,
  port: z.number().int().min(1).max(65535),
  tls: z.boolean(),
  username: z.string().trim().min(1, "enter the user name").max(320),
  folders: z.array(z.string().trim().min(1).max(200)).min(1, "watch at least one folder, e.g. INBOX").max(20),
  rules: rulesSchema,
  enabled: z.boolean().default(true),
});
export const createMailAccountSchema = mailAccountFieldsSchema.extend({ password: z.string().min(1, "enter the password").max(1000) });
/** On edit, a missing password keeps the stored one. */
export const updateMailAccountSchema = mailAccountFieldsSchema.extend({ id: z.uuid(), password: z.string().min(1).max(1000).optional() });
export type CreateMailAccount = z.infer<typeof createMailAccountSchema>;
export type UpdateMailAccount = z.infer<typeof updateMailAccountSchema>;

const { passwordEncrypted: _secret, ...publicColumns } = getTableColumns(mailAccounts);
export type PublicMailAccount = Omit<typeof mailAccounts.$inferSelect, "passwordEncrypted" | "rules"> & { rules: MailRule[] };

/** Whose accounts a caller sees: an admin everyone's (null), a member their own. */
export type AccountScope = { ownerId: string | null };
const inScope = (scope: AccountScope): SQL | undefined => (scope.ownerId === null ? undefined : eq(mailAccounts.ownerId, scope.ownerId));

function toPublic(row: Omit<typeof mailAccounts.$inferSelect, "passwordEncrypted">): PublicMailAccount {
  return { ...row, rules: rulesSchema.parse(row.rules) };
}

/** Rules may only file into the owner's folders and link topics the owner can see. */
async function assertRulePlacements(db: DbOrTx, ownerId: string, rules: MailRule[]): Promise<void> {
  const folderIds = [...new Set(rules.flatMap((r) => (r.folderId ? [r.folderId] : [])))];
  if (folderIds.length) {
    const found = await db.select({ id: folders.id }).from(folders).where(and(inArray(folders.id, folderIds), eq(folders.ownerId, ownerId)));
    if (found.length !== folderIds.length) throw new InvalidInputError("a rule names a folder that does not exist or is not the account owner's");
  }
  const topicIds = [...new Set(rules.flatMap((r) => r.topicIds))];
  if (topicIds.length) {
    const found = await db.select({ id: topics.id }).from(topics).where(and(inArray(topics.id, topicIds), or(isNull(topics.ownerId), eq(topics.ownerId, ownerId))));
    if (found.length !== topicIds.length) throw new InvalidInputError("a rule names a topic that does not exist or is not available to the account owner");
  }
}

export async function listMailAccounts(db: DbOrTx, scope: AccountScope): Promise<PublicMailAccount[]> {
  const rows = await db.select(publicColumns).from(mailAccounts).where(inScope(scope)).orderBy(mailAccounts.createdAt);
  return rows.map(toPublic);
}

export async function createMailAccount(db: DbOrTx, key: SecretKey, ownerId: string, input: CreateMailAccount): Promise<PublicMailAccount> {
  await assertRulePlacements(db, ownerId, input.rules);
  const { password, ...fields } = input;
  const [row] = await db
    .insert(mailAccounts)
    .values({ ...fields, ownerId, passwordEncrypted: encryptSecret(key, password) })
    .returning(publicColumns);
  return toPublic(row!);
}

/** Saves the account and makes it due at once (settings changed: check now, with no backoff left over). */
export async function updateMailAccount(db: DbOrTx, key: SecretKey, scope: AccountScope, input: UpdateMailAccount): Promise<PublicMailAccount> {
  const { id, password, ...fields } = input;
  const [existing] = await db.select({ ownerId: mailAccounts.ownerId }).from(mailAccounts).where(and(eq(mailAccounts.id, id), inScope(scope)));
  if (!existing) throw new NotFoundError("mail account");
  await assertRulePlacements(db, existing.ownerId, input.rules);
  const [row] = await db
    .update(mailAccounts)
    .set({ ...fields, ...(password ? { passwordEncrypted: encryptSecret(key, password) } : {}), failures: 0, nextCheckAt: null, updatedAt: new Date() })
    .where(eq(mailAccounts.id, id))
    .returning(publicColumns);
  return toPublic(row!);
}

/** The account's settings with its password decrypted: for "test connection" of a saved account. */
export async function mailAccountForCheck(db: DbOrTx, scope: AccountScope, id: string) {
  const [row] = await db.select().from(mailAccounts).where(and(eq(mailAccounts.id, id), inScope(scope)));
  if (!row) throw new NotFoundError("mail account");
  return row;
}

export async function checkMailAccountNow(db: DbOrTx, scope: AccountScope, id: string): Promise<void> {
  const rows = await db.update(mailAccounts).set({ nextCheckAt: null }).where(and(eq(mailAccounts.id, id), inScope(scope))).returning({ id: mailAccounts.id });
  if (rows.length === 0) throw new NotFoundError("mail account");
}

export async function deleteMailAccount(db: DbOrTx, scope: AccountScope, id: string): Promise<void> {
  const rows = await db.delete(mailAccounts).where(and(eq(mailAccounts.id, id), inScope(scope))).returning({ id: mailAccounts.id });
  if (rows.length === 0) throw new NotFoundError("mail account");
}

/** The account's most recently handled messages, newest first. */
export async function recentMailMessages(db: DbOrTx, scope: AccountScope, accountId: string, limit = 20) {
  await mailAccountForCheck(db, scope, accountId);
  return db
    .select({ folder: mailMessages.folder, uid: mailMessages.uid, subject: mailMessages.subject, outcome: mailMessages.outcome, documents: mailMessages.documents, reason: mailMessages.reason, createdAt: mailMessages.createdAt })
    .from(mailMessages)
    .where(eq(mailMessages.accountId, accountId))
    .orderBy(desc(mailMessages.createdAt))
    .limit(limit);
}
