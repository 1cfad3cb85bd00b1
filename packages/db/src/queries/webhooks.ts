// Webhook endpoints and their delivery log (ADR 0022). An endpoint is its owner's: anyone else's is
// "webhook not found", for admins too (like folders and tokens).
import { and, desc, eq, getTableColumns, sql } from "drizzle-orm";
import { NotFoundError, type WebhookEvent } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { webhookDeliveries, webhookEndpoints, type WebhookDeliveryRow, type WebhookEndpointRow } from "../schema/index.ts";

/** An endpoint as its owner sees it: never the secret. */
export type WebhookEndpointView = Omit<WebhookEndpointRow, "secretEncrypted">;
const { secretEncrypted: _secret, ...endpointColumns } = getTableColumns(webhookEndpoints);

export type WebhookDeliveryView = Omit<WebhookDeliveryRow, "snapshot">;
const { snapshot: _snapshot, ...deliveryColumns } = getTableColumns(webhookDeliveries);

export async function listWebhookEndpoints(db: DbOrTx, ownerId: string): Promise<WebhookEndpointView[]> {
  return db.select(endpointColumns).from(webhookEndpoints).where(eq(webhookEndpoints.ownerId, ownerId)).orderBy(desc(webhookEndpoints.createdAt));
}

export async function insertWebhookEndpoint(
  db: DbOrTx,
  e: { ownerId: string; url: string; description: string; events: WebhookEvent[]; secretEncrypted: string },
): Promise<WebhookEndpointView> {
  const [row] = await db.insert(webhookEndpoints).values(e).returning(endpointColumns);
  return row!;
}

/** Throws "webhook not found" unless it is `ownerId`'s. */
export async function getWebhookEndpoint(db: DbOrTx, ownerId: string, id: string): Promise<WebhookEndpointView> {
  const [row] = await db
    .select(endpointColumns)
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.ownerId, ownerId)));
  if (!row) throw new NotFoundError("webhook");
  return row;
}

/** Changes an owner's endpoint; enabling it again clears the failure count and the notice. */
export async function updateWebhookEndpoint(
  db: DbOrTx,
  ownerId: string,
  id: string,
  changes: { url?: string; description?: string; events?: WebhookEvent[]; enabled?: boolean },
): Promise<WebhookEndpointView> {
  const [row] = await db
    .update(webhookEndpoints)
    .set({ ...changes, ...(changes.enabled ? { disabledReason: null, consecutiveFailures: 0 } : {}), updatedAt: new Date() })
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.ownerId, ownerId)))
    .returning(endpointColumns);
  if (!row) throw new NotFoundError("webhook");
  return row;
}

export async function deleteWebhookEndpoint(db: DbOrTx, ownerId: string, id: string): Promise<void> {
  const rows = await db
    .delete(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.ownerId, ownerId)))
    .returning({ id: webhookEndpoints.id });
  if (rows.length === 0) throw new NotFoundError("webhook");
}

/** The owner's endpoint's deliveries, newest first. */
export async function listWebhookDeliveries(db: DbOrTx, ownerId: string, endpointId: string, limit: number): Promise<WebhookDeliveryView[]> {
  await getWebhookEndpoint(db, ownerId, endpointId);
  return db
    .select(deliveryColumns)
    .from(webhookDeliveries)
    .where(eq(webhookDeliveries.endpointId, endpointId))
    .orderBy(desc(webhookDeliveries.createdAt), desc(webhookDeliveries.id))
    .limit(limit);
}

/** A delivery of one of `ownerId`'s endpoints, made pending again for a redelivery (same event, same body). */
export async function resetWebhookDelivery(db: DbOrTx, ownerId: string, deliveryId: string): Promise<WebhookDeliveryView> {
  const [row] = await db
    .update(webhookDeliveries)
    .set({ state: "pending", error: null })
    .where(
      and(
        eq(webhookDeliveries.id, deliveryId),
        sql`${webhookDeliveries.endpointId} in (select id from webhook_endpoints where owner_id = ${ownerId})`,
      ),
    )
    .returning(deliveryColumns);
  if (!row) throw new NotFoundError("delivery");
  return row;
}

// ---------------------------------------------------------------- the worker's side

export interface DeliveryToSend {
  delivery: WebhookDeliveryRow;
  endpoint: WebhookEndpointRow;
}

export async function deliveryToSend(db: DbOrTx, deliveryId: string): Promise<DeliveryToSend | null> {
  const [row] = await db
    .select({ delivery: webhookDeliveries, endpoint: webhookEndpoints })
    .from(webhookDeliveries)
    .innerJoin(webhookEndpoints, eq(webhookEndpoints.id, webhookDeliveries.endpointId))
    .where(eq(webhookDeliveries.id, deliveryId));
  return row ?? null;
}

/** Fixes the body at the first attempt: retries and redeliveries send the same event. */
export async function setDeliveryBody(db: DbOrTx, deliveryId: string, body: string): Promise<void> {
  await db.update(webhookDeliveries).set({ body }).where(eq(webhookDeliveries.id, deliveryId));
}

export interface AttemptOutcome {
  ok: boolean;
  /** No more tries for this delivery (its last attempt, or a target refused for good). */
  final: boolean;
  responseStatus: number | null;
  latencyMs: number | null;
  responseSnippet: string | null;
  error: string | null;
}

/**
 * Logs one attempt and keeps the endpoint's failure count; the `disableAfter`-th failure in a row switches the
 * endpoint off with a notice. Returns whether it did.
 */
export async function recordDeliveryAttempt(db: DbOrTx, d: DeliveryToSend, outcome: AttemptOutcome, disableAfter: number): Promise<{ disabled: boolean }> {
  return db.transaction(async (tx) => {
    await tx
      .update(webhookDeliveries)
      .set({
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        lastAttemptAt: new Date(),
        state: outcome.ok ? "succeeded" : outcome.final ? "failed" : "pending",
        responseStatus: outcome.responseStatus,
        latencyMs: outcome.latencyMs,
        responseSnippet: outcome.responseSnippet,
        error: outcome.error,
      })
      .where(eq(webhookDeliveries.id, d.delivery.id));
    if (outcome.ok) {
      await tx.update(webhookEndpoints).set({ consecutiveFailures: 0 }).where(eq(webhookEndpoints.id, d.endpoint.id));
      return { disabled: false };
    }
    const [endpoint] = await tx
      .update(webhookEndpoints)
      .set({ consecutiveFailures: sql`${webhookEndpoints.consecutiveFailures} + 1` })
      .where(eq(webhookEndpoints.id, d.endpoint.id))
      .returning({ failures: webhookEndpoints.consecutiveFailures, enabled: webhookEndpoints.enabled });
    if (!endpoint?.enabled || endpoint.failures < disableAfter) return { disabled: false };
    await tx
      .update(webhookEndpoints)
      .set({
        enabled: false,
        updatedAt: new Date(),
        disabledReason: `switched off after ${endpoint.failures} failed attempts in a row (last: ${outcome.error ?? `HTTP ${outcome.responseStatus}`}); fix the receiver and enable it again`,
      })
      .where(eq(webhookEndpoints.id, d.endpoint.id));
    // Its waiting deliveries will not be sent: say so in the log rather than leave them pending.
    await tx
      .update(webhookDeliveries)
      .set({ state: "skipped", error: "the endpoint was switched off" })
      .where(and(eq(webhookDeliveries.endpointId, d.endpoint.id), eq(webhookDeliveries.state, "pending")));
    return { disabled: true };
  });
}

/** A delivery not sent (its endpoint is switched off). */
export async function skipDelivery(db: DbOrTx, deliveryId: string, reason: string): Promise<void> {
  await db.update(webhookDeliveries).set({ state: "skipped", error: reason }).where(eq(webhookDeliveries.id, deliveryId));
}
