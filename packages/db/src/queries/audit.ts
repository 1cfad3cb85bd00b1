// The audit log (ADR 0024): one statement appends a request's entries; reads filter and page it newest
// first. Nothing here updates or deletes entries except the retention prune (a database function that the
// table's trigger lets through).
import { and, desc, eq, gte, lt, sql, type SQL } from "drizzle-orm";
import type { AuditAction, AuditListInput, AuditObjectType } from "@docscan/shared/audit";
import type { Db, DbOrTx } from "../client.ts";
import { auditLog, type AuditLogRow } from "../schema/index.ts";

/** Who acted. `tokenHash`: the API token the request came with; its id and name are looked up in the same statement. */
export interface AuditActor {
  userId: string | null;
  email: string | null;
  tokenHash?: string | null;
  ip: string | null;
}

export interface AuditEvent {
  action: AuditAction;
  objectType: AuditObjectType;
  objectId?: string | null;
  objectLabel?: string | null;
  before?: unknown;
  after?: unknown;
}

/** A before/after value larger than this is replaced by a note (the table refuses rows over 16 KiB). */
const MAX_JSON_CHARS = 4000;

function small(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const json = JSON.stringify(value);
  return json.length <= MAX_JSON_CHARS ? json : JSON.stringify({ truncated: true, chars: json.length });
}

/**
 * Appends the entries in one statement (a document's label defaults to its file name). Takes the pool, never a transaction: an entry is written after the
 * change it records has committed (or, for a refusal such as a failed sign-in, on its own), so no rollback
 * can take it away.
 */
export async function insertAuditEntries(db: Db, actor: AuditActor, events: AuditEvent[]): Promise<void> {
  if (events.length === 0) return;
  const rows = events.map(
    (e) => sql`(${e.action}, ${e.objectType}, ${e.objectId ?? null}, ${e.objectLabel ?? null}, ${small(e.before)}::jsonb, ${small(e.after)}::jsonb)`,
  );
  await db.execute(sql`
    insert into audit_log (actor_id, actor_email, token_id, token_name, ip, action, object_type, object_id, object_label, before, after)
    select ${actor.userId}::uuid, ${actor.email}, t.id, t.name, ${actor.ip}, v.action, v.object_type, v.object_id,
      coalesce(v.object_label, d.filename), v.before, v.after
    from (values ${sql.join(rows, sql`, `)}) as v(action, object_type, object_id, object_label, before, after)
    left join api_tokens t on t.token_hash = ${actor.tokenHash ?? null}
    left join documents d on v.object_label is null and d.id = (case when v.object_type = 'document' then v.object_id::uuid end)`);
}

export type AuditEntry = AuditLogRow;

export interface AuditPage {
  items: AuditEntry[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** `actorId` set: only that user's entries (a member's own view, whatever the filters say). */
export async function listAuditEntries(db: DbOrTx, input: AuditListInput & { actorId?: string }): Promise<AuditPage> {
  const where: SQL[] = [];
  const actor = input.actorId ?? input.userId;
  if (actor) where.push(eq(auditLog.actorId, actor));
  if (input.action) where.push(eq(auditLog.action, input.action));
  if (input.objectType) where.push(eq(auditLog.objectType, input.objectType));
  if (input.objectId) where.push(eq(auditLog.objectId, input.objectId));
  if (input.from) where.push(gte(auditLog.at, input.from));
  if (input.to) where.push(lt(auditLog.at, input.to));
  if (input.cursor) where.push(lt(auditLog.id, Number(input.cursor)));
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(input.limit + 1);
  const items = rows.slice(0, input.limit);
  return { items, nextCursor: rows.length > input.limit ? String(items.at(-1)!.id) : null };
}

/** One object's entries, newest first (a document's history). */
export async function objectAuditEntries(db: DbOrTx, objectType: AuditObjectType, objectId: string, limit = 200): Promise<AuditEntry[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.objectType, objectType), eq(auditLog.objectId, objectId)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
}

/** Deletes entries older than `days` days, in batches; returns how many went. */
export async function pruneAuditLog(db: DbOrTx, days: number, batch = 5000): Promise<number> {
  let total = 0;
  for (;;) {
    const [row] = (await db.execute(sql`select docscan_audit_prune(${days}, ${batch}) as n`)) as unknown as [{ n: number }];
    total += row.n;
    if (row.n < batch) return total;
  }
}
