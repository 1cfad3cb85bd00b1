// Webhook endpoints (ADR 0022): each user's own, like tokens and folders. The secret is shown once.
import { z } from "zod";
import {
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  insertWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  resetWebhookDelivery,
  updateWebhookEndpoint,
  type AuthUser,
} from "@docscan/db";
import { encryptSecret } from "@docscan/db/secrets";
import { enqueueWebhookDelivery } from "@docscan/jobs";
import { assertPublicTarget, newWebhookSecret, WebhookTargetError } from "@docscan/jobs/webhooks";
import { InvalidInputError, textSchema, WEBHOOK_EVENTS } from "@docscan/shared";
import type { AppDeps } from "../context.ts";

const webhookFields = {
  url: z.string().trim().min(1, "enter a URL").max(2000).describe("Where to POST events (http or https; private addresses are refused unless WEBHOOK_ALLOW_PRIVATE)."),
  description: textSchema(200).describe("A note for you."),
  events: z
    .array(z.enum(WEBHOOK_EVENTS))
    .min(1, "pick at least one event")
    .max(WEBHOOK_EVENTS.length)
    .transform((e) => [...new Set(e)])
    .describe("The events to send."),
};
export const webhookCreateSchema = z
  .object({ ...webhookFields, description: webhookFields.description.default("") })
  .meta({ example: { url: "https://automations.example.com/docscan", events: ["document.done"] } });
export const webhookUpdateSchema = z
  .object({ ...webhookFields, enabled: z.boolean().describe("Switch it on again (clears the failure notice) or off.") })
  .partial()
  .meta({ example: { enabled: true } });

async function checkedUrl(deps: AppDeps, url: string): Promise<string> {
  try {
    return (await assertPublicTarget(url, deps.webhookAllowPrivate ?? false)).toString();
  } catch (err) {
    if (err instanceof WebhookTargetError) throw new InvalidInputError(`url: ${err.message}`);
    throw err;
  }
}

export const listWebhooks = (deps: AppDeps, user: AuthUser) => listWebhookEndpoints(deps.db, user.id);

/** The new endpoint with its signing secret, which is in this answer only. */
export async function createWebhook(deps: AppDeps, user: AuthUser, input: z.output<typeof webhookCreateSchema>) {
  const url = await checkedUrl(deps, input.url);
  const secret = newWebhookSecret();
  const endpoint = await insertWebhookEndpoint(deps.db, { ownerId: user.id, url, description: input.description, events: input.events, secretEncrypted: encryptSecret(deps.secretKey, secret) });
  return { ...endpoint, secret };
}

export async function changeWebhook(deps: AppDeps, user: AuthUser, id: string, input: z.output<typeof webhookUpdateSchema>) {
  await getWebhookEndpoint(deps.db, user.id, id);
  const url = input.url === undefined ? undefined : await checkedUrl(deps, input.url);
  return updateWebhookEndpoint(deps.db, user.id, id, { ...input, url });
}

export const removeWebhook = (deps: AppDeps, user: AuthUser, id: string) => deleteWebhookEndpoint(deps.db, user.id, id);

export const webhookDeliveries = (deps: AppDeps, user: AuthUser, id: string, limit: number) => listWebhookDeliveries(deps.db, user.id, id, limit);

/** Sends a delivery again (the same event and body, a fresh timestamp and signature). */
export function redeliver(deps: AppDeps, user: AuthUser, deliveryId: string) {
  return deps.db.transaction(async (tx) => {
    const delivery = await resetWebhookDelivery(tx, user.id, deliveryId);
    await enqueueWebhookDelivery(tx, delivery.id);
    return delivery;
  });
}
