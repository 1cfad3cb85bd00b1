// Applying a topic trial through the LLM (issue 20 item 3, ADR 0029): instead of the offline preview, the listed
// documents are queued for the worker's LLM classification — only those, only within what is left of the month's
// budget. The jobs name the trial: one that runs after the trial was undone writes nothing.
import { sql } from "drizzle-orm";
import { resolveProvider } from "@docscan/classify";
import { readAiSettings, spentSince, type DbOrTx, type TopicTrialDocumentRow, type TopicTrialRow } from "@docscan/db";
import { documentJobKey, enqueue } from "@docscan/jobs";
import { ConflictError, InvalidInputError } from "@docscan/shared";
import type { AppDeps } from "../context.ts";

const startOfMonthUtc = (now = new Date()) => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
const usd = (x: number) => `$${x < 0.01 ? x.toFixed(4) : x.toFixed(2)}`;

/** What the trial estimated for re-running its listed documents with the LLM (TrialResult.llm). */
interface StoredEstimate {
  model: string;
  costUsd: number | null;
}

/**
 * Refuses an LLM apply the instance cannot make or pay for: the LLM must be the active provider (400), the
 * trial's estimate made for the configured model (409: run it again), and, with a monthly budget, the estimate
 * known and within what is left of it (409, saying how much is left).
 */
export async function assertLlmAffordable(deps: Pick<AppDeps, "db" | "secretKey" | "aiDefaults">, trial: TopicTrialRow): Promise<void> {
  const settings = await readAiSettings(deps.db, deps.secretKey, deps.aiDefaults);
  if (resolveProvider(settings) !== "openai") throw new InvalidInputError("the LLM is not the active provider: apply offline, or configure the LLM first");
  const estimate = (trial.summary as { llm?: StoredEstimate }).llm;
  if (estimate?.model !== settings.model) throw new ConflictError(`the model changed since this trial (now ${settings.model}): run it again`);
  const budget = settings.monthlyBudgetUsd;
  if (budget === null) return;
  const left = Math.max(0, budget - (await spentSince(deps.db, startOfMonthUtc())));
  if (estimate.costUsd === null) throw new ConflictError(`no price is known for ${settings.model}, so the cost cannot be checked against the budget (${usd(left)} of ${usd(budget)} left this month)`);
  if (estimate.costUsd > left) {
    throw new ConflictError(`applying through the LLM would cost about ${usd(estimate.costUsd)}, and ${usd(left)} of this month's ${usd(budget)} budget is left: apply offline, or raise the budget`);
  }
}

/** The job key of a document queued by a trial: the document's (so Activity finds it), then the trial's. */
const trialJobKey = (documentId: string, trialId: string) => `${documentJobKey("classify_document", documentId)}:trial:${trialId}`;

/** Queues each listed document for the worker's classification, naming the trial (in the apply's transaction). */
export async function queueForLlm(tx: DbOrTx, trialId: string, docs: TopicTrialDocumentRow[]): Promise<void> {
  for (const d of docs) await enqueue(tx, "classify_document", { documentId: d.documentId, trialId }, { jobKey: trialJobKey(d.documentId, trialId) });
}

/** Takes the trial's jobs not yet started out of the queue (undo); one already running checks the trial before it writes. */
export async function dropQueuedLlmJobs(tx: DbOrTx, trialId: string): Promise<void> {
  await tx.execute(sql`select graphile_worker.complete_jobs(array(
    select id from graphile_worker.jobs
    where key like ${`%:trial:${trialId}`} and locked_at is null))`);
}
