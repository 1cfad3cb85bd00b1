// Topics for scripts: the same use-cases and rules as tRPC's topics.* (ADR 0010).
import { listTopics } from "@docscan/db";
import { topicCreateSchema, topicUpdateSchema } from "@docscan/shared";
import { restAudit } from "../audit.ts";
import { requireUser } from "../auth/middleware.ts";
import { documentScope } from "../auth/scope.ts";
import type { AppDeps } from "../context.ts";
import { changeTopic, createTopicFor, removeTopic, topicHealthFor, topicHealthInputSchema } from "../services/topics.ts";
import { applyTrial, applyViaSchema, runTrial, trialInputSchema, undoTrial } from "../services/topic-trials.ts";
import { runTrialSample, SAMPLE_SIZE, trialSampleInputSchema } from "../services/trial-llm-sample.ts";
import { z } from "zod";
import { RestRoutes } from "./openapi.ts";
import { idParams, topicCreatedSchema, topicHealthSchema, topicListSchema, topicSchema } from "./schemas.ts";

export function topicRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/topics", "topics");

  routes.route(
    {
      method: "get",
      path: "/",
      summary: "Topics: the global ones and your personal ones",
      responses: { 200: { description: "With how many of the documents you can see have each.", schema: topicListSchema } },
    },
    async (c) => {
      const user = requireUser(c);
      return c.json(await listTopics(deps.db, { userId: user.id, scope: documentScope(user) }));
    },
  );

  routes.route(
    {
      method: "get",
      path: "/health",
      summary: "How well each topic's description works",
      description:
        "Per topic, over the documents you can see (an admin: everyone's, or one `owner`'s): its documents and the share the classifier set, how often the classifier's picks of it went to review, how often people took it off after the classifier applied it, and the topics they chose instead. Each measure is defined in ADR 0035.",
      query: topicHealthInputSchema,
      responses: { 200: { description: "One entry per topic you can use (an admin naming an owner: that owner's).", schema: z.array(topicHealthSchema) } },
    },
    async (c, { query }) => c.json(await topicHealthFor(deps.db, requireUser(c), query)),
  );

  routes.route(
    {
      method: "post",
      path: "/",
      summary: "Create a topic",
      description: "An admin's topic is global unless `personal: true`; a member's is always personal. A name that exists already (any case) returns that topic with `created: false` and status 200.",
      body: topicCreateSchema.meta({ example: { name: "Invoices", description: "Bills from suppliers", color: "#6366f1" } }),
      responses: { 201: { description: "Created.", schema: topicCreatedSchema }, 200: { description: "A topic of that name existed: it is returned.", schema: topicCreatedSchema } },
    },
    async (c, { body }) => {
      const out = await createTopicFor(deps.db, restAudit(deps, c), requireUser(c), body);
      return c.json(out, out.created ? 201 : 200);
    },
  );

  routes.route(
    {
      method: "patch",
      path: "/:id",
      summary: "Change a topic",
      description: "Only the fields sent change. Your personal topics; global ones only as an admin.",
      params: idParams,
      body: topicUpdateSchema.omit({ id: true }).meta({ example: { color: "#10b981" } }),
      responses: { 200: { description: "The topic as it is now.", schema: topicSchema } },
      errors: [403, 404, 409],
    },
    async (c, { params, body }) => c.json(await changeTopic(deps.db, restAudit(deps, c), requireUser(c), params.id, body)),
  );

  routes.route(
    {
      method: "delete",
      path: "/:id",
      summary: "Delete a topic",
      description: "Documents lose it. Your personal topics; global ones only as an admin.",
      params: idParams,
      responses: { 204: { description: "Deleted." } },
      errors: [403, 404],
    },
    async (c, { params }) => {
      await removeTopic(deps.db, restAudit(deps, c), requireUser(c), params.id);
      return c.body(null, 204);
    },
  );

  routes.route(
    {
      method: "post",
      path: "/trials",
      summary: "Try a topic change without saving it",
      description:
        "A new topic (`kind: create`), an edited one (`update`), a deleted one (`delete`), topic `from` merged into topic `id` (`merge`, `id` optionally renamed or described anew) " +
        "or topic `id` split into itself and the new topics `into` (`split`), previewed with the offline classifier over the stored document vectors (ADR 0029): " +
        "how many documents would gain or lose each topic, with samples, per owner. Nothing changes but the stored trial, which Apply uses. Same rights as editing the topic(s).",
      body: trialInputSchema.meta({ example: { change: { kind: "update", id: "00000000-0000-4000-8000-000000000000", description: "taxes, tax returns, VAT" }, samples: 10 } }),
      responses: { 200: { description: "What the change would do.", schema: trialResultSchema } },
      errors: [403, 404, 409],
    },
    async (c, { body }) => c.json(await runTrial(deps, requireUser(c), body)),
  );

  routes.route(
    {
      method: "post",
      path: "/trials/sample",
      summary: "Try a topic change on a sample with the LLM",
      description:
        `Runs the trial of the change (as POST /api/topics/trials), then sends up to ${SAMPLE_SIZE} of the documents it lists, spread over the list, to the configured LLM with the changed topics — the request the worker would send — ` +
        "and sets the topics its answer would give beside the offline preview's. The calls are paid and count against the monthly budget; a cached answer is free. Nothing is written to the documents. " +
        "Admins only. 400 when no LLM is configured; 409 when the sample's estimate would take this month's spending past the budget.",
      body: trialSampleInputSchema.meta({ example: { change: { kind: "update", id: "00000000-0000-4000-8000-000000000000", description: "taxes, tax returns, VAT" }, size: 20 } }),
      responses: { 200: { description: "The LLM's topics beside the preview's, per document, and what it cost.", schema: trialSampleResultSchema } },
      errors: [400, 403, 404, 409],
    },
    async (c, { body }) => c.json(await runTrialSample(deps, requireUser(c), body)),
  );

  routes.route(
    {
      method: "post",
      path: "/trials/:id/apply",
      summary: "Apply a topic trial",
      description:
        "Saves the change (one transaction, one audit entry) and reclassifies exactly the documents the trial listed: `via=offline` (default) writes the trial's preview; " +
        "`via=llm` queues those documents for the worker's LLM classification instead — 400 when the LLM is not the active provider, 409 when the trial's cost estimate exceeds what is left of this month's budget (the message says how much is left). " +
        "A person's topics stay either way; a merge moves a person's links to the merged topic onto the kept one. 409 when the topics or documents changed since the trial.",
      params: idParams,
      query: z.object({ via: applyViaSchema.default("offline").describe("offline: write the preview; llm: queue the listed documents for the LLM") }),
      responses: { 200: { description: "Applied.", schema: trialDoneSchema.extend({ via: applyViaSchema }) } },
      errors: [400, 403, 404, 409],
    },
    async (c, { params, query }) => c.json(await applyTrial(deps, restAudit(deps, c), requireUser(c), params.id, query.via)),
  );

  routes.route(
    {
      method: "post",
      path: "/trials/:id/undo",
      summary: "Undo an applied topic trial",
      description:
        "The topic(s) and the listed documents' links as they were (a person's decisions since stay): a merged topic comes back with its id and people's links to it, a split's new topics go. " +
        "Documents still queued for the LLM are taken off the queue, and an LLM answer that arrives later is not written. Within 7 days, the newest applied trial of the topic only.",
      params: idParams,
      responses: { 200: { description: "Undone.", schema: trialDoneSchema } },
      errors: [403, 404, 409],
    },
    async (c, { params }) => c.json(await undoTrial(deps, restAudit(deps, c), requireUser(c), params.id)),
  );

  return routes;
}

const trialLinkSchema = z.object({
  topicId: z.string(),
  name: z.string(),
  source: z.enum(["ai", "manual"]),
  confidence: z.number().nullable(),
  quote: z.string().nullable(),
});
const trialSampleSchema = z.object({
  documentId: z.string(),
  title: z.string(),
  ownerId: z.string().nullable(),
  current: z.array(trialLinkSchema),
  proposed: z.array(trialLinkSchema),
  gains: z.array(z.string()).describe("topic ids it would gain"),
  losses: z.array(z.string()).describe("topic ids it would lose"),
});
const trialResultSchema = z.object({
  id: z.string().describe("the trial, for apply"),
  kind: z.enum(["create", "update", "delete", "merge", "split"]),
  topicId: z.string().describe("the topic changed (for a new one: the id it gets when applied)"),
  topicName: z.string(),
  scanned: z.number().int().describe("classified documents with a stored vector"),
  listed: z.number().int().describe("documents the change would touch: what apply reclassifies"),
  topics: z.array(z.object({ topicId: z.string(), name: z.string(), gain: z.number().int(), lose: z.number().int() })),
  moved: z.number().int(),
  owners: z.array(z.object({ ownerId: z.string().nullable(), email: z.string().nullable(), scanned: z.number().int(), listed: z.number().int() })),
  samples: z.object({ gain: z.array(trialSampleSchema), lose: z.array(trialSampleSchema), move: z.array(trialSampleSchema) }),
  llm: z
    .object({
      model: z.string(),
      inUse: z.boolean().describe("whether the LLM classifies now (provider and key)"),
      documents: z.number().int(),
      inputTokens: z.number().int().describe("counted with the model's tokenizer"),
      outputTokens: z.number().int().describe("at this model's mean answer"),
      costUsd: z.number().nullable().describe("null for a model without a known price"),
      pricesAsOf: z.string(),
      cached: z.number().int().describe("listed documents whose answer for the changed topics is in the LLM answer cache: free"),
      counted: z.number().int().describe("documents whose request was counted; the other documents not cached at their mean"),
    })
    .describe("what re-running the listed documents with the LLM would cost"),
  read: z.number().int().describe("documents whose vectors this trial read: the others were kept by the server from an earlier trial or a warm-up"),
  ms: z.number(),
  createdAt: z.string(),
});
const trialDoneSchema = z.object({ id: z.string(), topicId: z.string(), documents: z.number().int() });
const trialSampleResultSchema = z.object({
  trialId: z.string(),
  model: z.string(),
  listed: z.number().int(),
  sampled: z.number().int(),
  answered: z.number().int().describe("sampled documents with an LLM answer (paid or cached)"),
  agreement: z.number().nullable().describe("share of the answered documents where the LLM's topics equal the preview's"),
  inputTokens: z.number().int(),
  outputTokens: z.number().int(),
  costUsd: z.number().nullable().describe("spent on this sample; null for a model without a known price"),
  estimatedUsd: z.number().nullable().describe("estimated before calling"),
  pricesAsOf: z.string(),
  budget: z.object({ monthlyUsd: z.number(), spentUsd: z.number() }).nullable().describe("after the sample; null without a budget"),
  documents: z.array(
    z.object({
      documentId: z.string(),
      title: z.string(),
      offline: z.array(z.string()).describe("topic names the offline preview gives it"),
      llm: z.array(z.string()).nullable().describe("topic names the LLM's answer gives it; null when not asked or failed"),
      agree: z.boolean().nullable(),
      cached: z.boolean(),
      inputTokens: z.number().int(),
      outputTokens: z.number().int(),
      costUsd: z.number().nullable(),
      error: z.string().nullable(),
    }),
  ),
  ms: z.number(),
});
