// Registering webhooks over REST (ADR 0022): the secret is shown once and stored encrypted; private
// targets are refused by address and by name unless WEBHOOK_ALLOW_PRIVATE; redelivery queues a job.
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookDeliveries, webhookEndpoints } from "@docscan/db/schema";
import { decryptSecret } from "@docscan/db/secrets";
import { loadDocument, type DocumentedCheck } from "./documented.ts";
import { createHarness, type Harness } from "./helpers.ts";

let h: Harness;
let api: DocumentedCheck;
beforeAll(async () => {
  h = await createHarness();
  api = await loadDocument(h.app);
});
afterAll(async () => {
  await h?.close();
});

const post = (body: unknown): RequestInit => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("webhook endpoints", () => {
  it("shows the signing secret once, stores it encrypted, and never lists it", async () => {
    const created = (await api.check("POST /api/webhooks", await h.request("/api/webhooks", post({ url: "https://93.184.216.34/hook", events: ["document.done", "document.done"] })))) as {
      id: string;
      secret: string;
      events: string[];
    };
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.events).toEqual(["document.done"]);
    const [row] = await h.database.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, created.id));
    expect(row!.secretEncrypted).not.toContain(created.secret);
    expect(decryptSecret(h.deps.secretKey, row!.secretEncrypted)).toBe(created.secret);
    const listed = await api.check("GET /api/webhooks", await h.request("/api/webhooks"));
    expect(JSON.stringify(listed)).not.toContain(created.secret);
    expect(JSON.stringify(listed)).not.toContain("secretEncrypted");
  });

  it.each([
    ["http://127.0.0.1:8080/hook", "127.0.0.1"],
    ["http://169.254.169.254/latest/meta-data/", "169.254.169.254"],
    ["http://10.0.0.1/hook", "10.0.0.1"],
    ["http://localhost:8080/hook", "localhost"],
    ["http://0xa9fea9fe/hook", "169.254.169.254"],
  ])("refuses %s (private: %s) with a 400 naming WEBHOOK_ALLOW_PRIVATE", async (url, what) => {
    const res = await h.request("/api/webhooks", post({ url, events: ["document.done"] }));
    const body = (await api.check("POST /api/webhooks", res)) as { error: string };
    expect(res.status).toBe(400);
    expect(body.error).toContain("WEBHOOK_ALLOW_PRIVATE");
    expect(body.error).toContain(what === "localhost" ? "localhost" : what);
  });

  it("allows them with WEBHOOK_ALLOW_PRIVATE", async () => {
    const open = await createHarness({ webhookAllowPrivate: true });
    try {
      expect((await open.request("/api/webhooks", post({ url: "http://127.0.0.1:8080/hook", events: ["document.created"] }))).status).toBe(201);
    } finally {
      await open.close();
    }
  });

  it("redelivers a delivery: pending again, with a job queued", async () => {
    const created = (await (await h.request("/api/webhooks", post({ url: "https://93.184.216.34/hook", events: ["document.done"] }))).json()) as { id: string };
    const [d] = await h.database.db
      .insert(webhookDeliveries)
      .values({ endpointId: created.id, event: "document.done", documentId: created.id, snapshot: {}, state: "failed", attempts: 8, error: "HTTP 500" })
      .returning();
    const res = await h.request(`/api/webhooks/deliveries/${d!.id}/redeliver`, { method: "POST" });
    expect(await api.check("POST /api/webhooks/deliveries/:id/redeliver", res)).toMatchObject({ id: d!.id, state: "pending", error: null });
    const jobs = (await h.database.db.execute(sql`select count(*)::int as n from graphile_worker.jobs where task_identifier = 'deliver_webhook' and key = ${`deliver_webhook:${d!.id}`}`)) as unknown as { n: number }[];
    expect(jobs[0]!.n).toBe(1);
    const log = await api.check("GET /api/webhooks/:id/deliveries", await h.request(`/api/webhooks/${created.id}/deliveries`));
    expect(log).toHaveLength(1);
  });
});
