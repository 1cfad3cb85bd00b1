// Outgoing webhooks (ADR 0022): endpoints users register, and one row per delivery of an event to one
// endpoint (its log). Deliveries are created by database triggers in the same transaction as the change
// they report (migration webhook_triggers) and sent by the worker's deliver_webhook job.
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { WEBHOOK_EVENTS } from "@docscan/shared";
import { users } from "./accounts.ts";

export const webhookEndpoints = pgTable(
  "webhook_endpoints",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** An admin's endpoint hears about every document; a member's about their own. */
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    description: text("description").notNull().default(""),
    events: text("events", { enum: WEBHOOK_EVENTS }).array().notNull(),
    /** The signing secret, encrypted with the server secret (secrets.ts); shown in clear once, at creation. */
    secretEncrypted: text("secret_encrypted").notNull(),
    enabled: boolean("enabled").notNull().default(true),
    /** Why it was switched off automatically (shown in the console), null otherwise. */
    disabledReason: text("disabled_reason"),
    /** Failed attempts in a row; a success resets it, WEBHOOK_DISABLE_AFTER of them switch the endpoint off. */
    consecutiveFailures: integer("consecutive_failures").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("webhook_endpoints_owner_idx").on(t.ownerId)],
);

export const WEBHOOK_DELIVERY_STATES = ["pending", "succeeded", "failed", "skipped"] as const;

export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    endpointId: uuid("endpoint_id")
      .notNull()
      .references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    event: text("event").notNull(),
    /** No foreign key: a delivery outlives its document (document.deleted). */
    documentId: uuid("document_id").notNull(),
    /** The document as the trigger saw it (what a deleted document's event reports). */
    snapshot: jsonb("snapshot").notNull(),
    /** The JSON body as sent, fixed at the first attempt so retries and redeliveries send the same event. */
    body: text("body"),
    state: text("state", { enum: WEBHOOK_DELIVERY_STATES }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    responseStatus: integer("response_status"),
    latencyMs: integer("latency_ms"),
    /** The first characters of the receiver's answer, or why no answer came. */
    responseSnippet: text("response_snippet"),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    lastAttemptAt: timestamp("last_attempt_at", { withTimezone: true }),
  },
  (t) => [
    index("webhook_deliveries_endpoint_idx").on(t.endpointId, t.createdAt),
    // One waiting, never-tried delivery per endpoint, document and event: a burst of changes is one event.
    uniqueIndex("webhook_deliveries_waiting_uq").on(t.endpointId, t.documentId, t.event).where(sql`${t.state} = 'pending' and ${t.attempts} = 0`),
    check("webhook_deliveries_state_check", sql`${t.state} IN ('pending', 'succeeded', 'failed', 'skipped')`),
  ],
);

export type WebhookEndpointRow = typeof webhookEndpoints.$inferSelect;
export type WebhookDeliveryRow = typeof webhookDeliveries.$inferSelect;
