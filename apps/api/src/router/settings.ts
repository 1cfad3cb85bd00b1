import { resolveProvider, testConnection } from "@docscan/classify";
import { readAiSettings, readPublicAiSettings, updateAiSettings } from "@docscan/db";
import { settingsUpdateSchema, type SettingsUpdate } from "@docscan/shared";
import type { Context } from "../context.ts";
import { adminProcedure, router } from "../trpc.ts";

/**
 * The fields an update sent, before and after, for the audit log. The API key is never in it, not even
 * masked: only whether one is stored.
 */
function settingsChange(patch: SettingsUpdate, before: Awaited<ReturnType<typeof publicSettings>>, after: typeof before) {
  const keys = Object.keys(patch).filter((k) => k !== "apiKey") as (keyof typeof before)[];
  const pick = (s: typeof before) => ({
    ...Object.fromEntries(keys.map((k) => [k, s[k]])),
    ...(patch.apiKey !== undefined ? { apiKeySet: s.apiKeyMasked !== null } : {}),
  });
  return { before: pick(before), after: pick(after) };
}

async function publicSettings(ctx: Context) {
  const settings = await readPublicAiSettings(ctx.db, ctx.secretKey, ctx.aiDefaults);
  const effectiveProvider = resolveProvider({ provider: settings.provider, apiKey: settings.apiKeyMasked });
  return { ...settings, effectiveProvider };
}

export const settingsRouter = router({
  /** The API key only ever leaves the server masked (`sk-…abcd`). */
  get: adminProcedure.query(({ ctx }) => publicSettings(ctx)),

  update: adminProcedure.input(settingsUpdateSchema).mutation(async ({ ctx, input }) => {
    const before = await publicSettings(ctx);
    await updateAiSettings(ctx.db, ctx.secretKey, input);
    const after = await publicSettings(ctx);
    await ctx.audit({ action: "settings.update", objectType: "settings", objectId: "ai", ...settingsChange(input, before, after) });
    return after;
  }),

  /** Reports whether the configured model answers, and how fast. */
  testConnection: adminProcedure.mutation(async ({ ctx }) => {
    const s = await readAiSettings(ctx.db, ctx.secretKey, ctx.aiDefaults);
    if (resolveProvider(s) === "local") return { ok: true as const, latencyMs: 0, modelAvailable: true, provider: "local" as const };
    return { ...(await testConnection({ ...s, provider: "openai" })), provider: "openai" as const };
  }),
});
