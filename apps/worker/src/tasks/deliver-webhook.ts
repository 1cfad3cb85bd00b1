// Sends one webhook delivery (ADR 0022): a signed JSON POST, retried by graphile-worker with exponential
// backoff while the receiver fails; every attempt is logged on the delivery, and the endpoint is switched
// off after WEBHOOK_DISABLE_AFTER failures in a row. Never touches the document's own state.
import type { Task } from "graphile-worker";
import { ALL_DOCUMENTS, deliveryToSend, getDocument, recordDeliveryAttempt, setDeliveryBody, skipDelivery, type AttemptOutcome, type DeliveryToSend, type Db } from "@docscan/db";
import { decryptSecret } from "@docscan/db/secrets";
import { parsePayload } from "@docscan/jobs";
import { DELIVERY_HEADER, EVENT_HEADER, postWebhook, signWebhook, SIGNATURE_HEADER, TIMESTAMP_HEADER, WebhookTargetError } from "@docscan/jobs/webhooks";
import { NotFoundError } from "@docscan/shared";
import type { WorkerDeps } from "../deps.ts";

/** The event's JSON body: the document as it is now (as it was, for document.deleted or once it is gone). */
async function eventBody(db: Db, d: DeliveryToSend): Promise<string> {
  let document: Record<string, unknown> = d.delivery.snapshot as Record<string, unknown>;
  if (d.delivery.event !== "document.deleted") {
    try {
      const doc = await getDocument(db, d.delivery.documentId, ALL_DOCUMENTS);
      document = {
        id: doc.id,
        filename: doc.filename,
        title: doc.title,
        status: doc.status,
        error: doc.error,
        contentType: doc.contentType,
        size: doc.size,
        ownerId: doc.ownerId,
        folderId: doc.folderId,
        topics: doc.topics.map(({ id, name, source, confidence, quote }) => ({ id, name, source, confidence, quote })),
        createdAt: doc.createdAt,
      };
    } catch (err) {
      if (!(err instanceof NotFoundError)) throw err;
    }
  }
  return JSON.stringify({ id: d.delivery.id, event: d.delivery.event, createdAt: d.delivery.createdAt, document });
}

export function deliverWebhookTask(deps: WorkerDeps): Task {
  return async (raw, helpers) => {
    const { deliveryId } = parsePayload("deliver_webhook", raw);
    const d = await deliveryToSend(deps.db, deliveryId);
    if (!d || d.delivery.state === "succeeded") return; // endpoint deleted meanwhile, or sent already
    if (!d.endpoint.enabled) return skipDelivery(deps.db, deliveryId, "the endpoint is switched off");

    const body = d.delivery.body ?? (await eventBody(deps.db, d));
    if (!d.delivery.body) await setDeliveryBody(deps.db, deliveryId, body);
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      [EVENT_HEADER]: d.delivery.event,
      [DELIVERY_HEADER]: d.delivery.id,
      [TIMESTAMP_HEADER]: String(timestamp),
      [SIGNATURE_HEADER]: signWebhook(decryptSecret(deps.secretKey, d.endpoint.secretEncrypted), timestamp, body),
    };
    const lastTry = helpers.job.attempts >= helpers.job.max_attempts;
    let outcome: AttemptOutcome;
    try {
      const res = await postWebhook(d.endpoint.url, body, headers, { allowPrivate: deps.webhooks.allowPrivate, timeoutMs: deps.webhooks.timeoutMs });
      const ok = res.status >= 200 && res.status < 300;
      outcome = { ok, final: lastTry, responseStatus: res.status, latencyMs: res.latencyMs, responseSnippet: res.snippet, error: ok ? null : `HTTP ${res.status}` };
    } catch (err) {
      // A refused target stays refused: no retries.
      const refused = err instanceof WebhookTargetError;
      outcome = { ok: false, final: lastTry || refused, responseStatus: null, latencyMs: null, responseSnippet: null, error: (err as Error).message };
    }
    const { disabled } = await recordDeliveryAttempt(deps.db, d, outcome, deps.webhooks.disableAfter);
    if (disabled) deps.log.warn({ endpointId: d.endpoint.id, url: d.endpoint.url }, "webhook endpoint switched off after repeated failures");
    if (!outcome.ok && !outcome.final && !disabled) throw new Error(`webhook delivery ${deliveryId} failed: ${outcome.error}`);
  };
}
