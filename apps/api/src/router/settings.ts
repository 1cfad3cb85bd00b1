import { resolveProvider, testConnection } from "@docscan/classify";
import { readAiSettings, readPublicAiSettings, updateAiSettings } from "@docscan/db";
import { settingsUpdateSchema } from "@docscan/shared";
import type { Context } from "../context.ts";
import { adminProcedure, router } from "../trpc.ts";

async function publicSettings(ctx: Context) {
  const settings = await readPublicAiSettings(ctx.db, ctx.secretKey, ctx.aiDefaults);
  const effectiveProvider = resolveProvider({ provider: settings.provider, apiKey: settings.apiKeyMasked });
  return { ...settings, effectiveProvider };
}

export const settingsRouter = router({
  /** The API key only ever leaves the server masked (`sk-…abcd`). */
  get: adminProcedure.query(({ ctx }) => publicSettings(ctx)),

  update: adminProcedure.input(settingsUpdateSchema).mutation(async ({ ctx, input }) => {
    await updateAiSettings(ctx.db, ctx.secretKey, input);
    return publicSettings(ctx);
  }),

  /** Reports whether the configured model answers, and how fast. */
  testConnection: adminProcedure.mutation(async ({ ctx }) => {
    const s = await readAiSettings(ctx.db, ctx.secretKey, ctx.aiDefaults);
    if (resolveProvider(s) === "local") return { ok: true as const, latencyMs: 0, modelAvailable: true, provider: "local" as const };
    return { ...(await testConnection({ ...s, provider: "openai" })), provider: "openai" as const };
  }),
});
