import { z } from "zod";
import { listTopics } from "@docscan/db";
import { idSchema, topicCreateSchema, topicUpdateSchema } from "@docscan/shared";
import { documentScope } from "../auth/scope.ts";
import { changeTopic, createTopicFor, removeTopic, topicHealthFor, topicHealthInputSchema } from "../services/topics.ts";
import { applyInputSchema, applyTrial, runTrial, trialIdSchema, trialInputSchema, undoableTrial, undoTrial, warmUpTrials } from "../services/topic-trials.ts";
import { runTrialSample, trialSampleInputSchema } from "../services/trial-llm-sample.ts";
import { protectedProcedure, router } from "../trpc.ts";

export const topicsRouter = router({
  /** Global topics and the caller's personal ones; `documentCount` counts only documents the caller can see. */
  list: protectedProcedure.query(({ ctx }) => listTopics(ctx.db, { userId: ctx.user.id, scope: documentScope(ctx.user) })),

  /**
   * Topic health (ADR 0035): per topic, its documents and the share the classifier set, how often its picks went to
   * review, how often people took off what it applied, and the topics they chose instead. Admins: every document,
   * or one `owner`'s; members: their own.
   */
  health: protectedProcedure.input(topicHealthInputSchema.default({})).query(({ ctx, input }) => topicHealthFor(ctx.db, ctx.user, input)),

  /** A name that exists already (any case) in the same namespace returns the existing topic with `created: false`. */
  create: protectedProcedure.input(topicCreateSchema).mutation(({ ctx, input }) => createTopicFor(ctx.db, ctx.audit, ctx.user, input)),

  update: protectedProcedure.input(topicUpdateSchema).mutation(({ ctx, input: { id, ...fields } }) => changeTopic(ctx.db, ctx.audit, ctx.user, id, fields)),

  delete: protectedProcedure.input(z.object({ id: idSchema })).mutation(({ ctx, input }) => removeTopic(ctx.db, ctx.audit, ctx.user, input.id)),

  /**
   * Topic trial (ADR 0029): what a new, edited or deleted topic would do to the library, computed offline from
   * the stored vectors, nothing saved but the trial. Same rights as editing the topic.
   */
  trial: protectedProcedure.input(trialInputSchema).mutation(({ ctx, input }) => runTrial(ctx, ctx.user, input)),

  /**
   * Starts reading, in the background, what the caller's trials would read (an admin's: every owner's documents; a
   * member's: their own), so that the first trial after the server starts answers as fast as later ones. Returns at
   * once; one warm-up at a time (`started: false`: one was under way, and this call shares it). The console calls it
   * when the Topics page opens.
   */
  warmTrial: protectedProcedure.mutation(({ ctx }) => warmUpTrials(ctx, ctx.user)),

  /**
   * The trial's change, with up to 20 of the documents it lists sent to the configured LLM (paid, within the monthly
   * budget) and its topics set beside the offline preview's. Admins only; nothing is written to the documents.
   */
  trialSample: protectedProcedure.input(trialSampleInputSchema).mutation(({ ctx, input }) => runTrialSample(ctx, ctx.user, input)),

  /**
   * Saves the trial's change and reclassifies exactly the documents it listed: offline (the preview), or `via: "llm"`
   * queued for the worker's LLM classification within the month's budget. One transaction, one audit entry.
   */
  applyTrial: protectedProcedure.input(applyInputSchema).mutation(({ ctx, input }) => applyTrial(ctx, ctx.audit, ctx.user, input.id, input.via)),

  /** Puts back the topic and the listed documents' links as they were before the trial was applied. */
  undoTrial: protectedProcedure.input(trialIdSchema).mutation(({ ctx, input }) => undoTrial(ctx, ctx.audit, ctx.user, input.id)),

  /** The caller's newest applied trial that can still be undone, or null. */
  lastTrial: protectedProcedure.query(({ ctx }) => undoableTrial(ctx.db, ctx.user)),
});
