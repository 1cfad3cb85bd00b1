import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { AI_PROVIDERS, InvalidInputError, maskSecret, type AiProviderSetting, type SettingsUpdate } from "@docscan/shared";
import type { DbOrTx } from "../client.ts";
import { settings } from "../schema/index.ts";
import { decryptSecret, encryptSecret, type SecretKey } from "../secrets.ts";

const AI_KEY = "ai";

/** What is stored under settings.ai. The API key only ever in encrypted form. */
const storedAiSchema = z.object({
  provider: z.enum(AI_PROVIDERS).optional(),
  model: z.string().optional(),
  baseUrl: z.string().optional(),
  apiKeyEncrypted: z.string().optional(),
  threshold: z.number().optional(),
  monthlyBudgetUsd: z.number().nullable().optional(),
  allowNewTopics: z.boolean().optional(),
});
type StoredAi = z.infer<typeof storedAiSchema>;

/** Defaults from the environment (OPENAI_*); stored settings override them. */
export interface AiDefaults {
  apiKey: string | null;
  baseUrl: string | null;
  model: string;
  threshold: number;
}

export interface AiSettings {
  provider: AiProviderSetting;
  model: string;
  baseUrl: string | null;
  apiKey: string | null;
  threshold: number;
  monthlyBudgetUsd: number | null;
  allowNewTopics: boolean;
}

/** The form safe to send to a browser: the key only masked. */
export interface PublicAiSettings extends Omit<AiSettings, "apiKey"> {
  apiKeyMasked: string | null;
  apiKeySource: "settings" | "environment" | null;
}

async function readStored(db: DbOrTx, opts: { forUpdate?: boolean } = {}): Promise<StoredAi> {
  const query = db.select().from(settings).where(eq(settings.key, AI_KEY));
  const [row] = await (opts.forUpdate ? query.for("update") : query);
  return row ? storedAiSchema.parse(row.value) : {};
}

export async function readAiSettings(db: DbOrTx, key: SecretKey, defaults: AiDefaults): Promise<AiSettings> {
  const s = await readStored(db);
  return {
    provider: s.provider ?? "auto",
    model: s.model ?? defaults.model,
    baseUrl: s.baseUrl ?? defaults.baseUrl,
    // The environment's key belongs to the environment's endpoint; another base URL needs its own key.
    apiKey: s.apiKeyEncrypted ? decryptSecret(key, s.apiKeyEncrypted) : (s.baseUrl ?? defaults.baseUrl) === defaults.baseUrl ? defaults.apiKey : null,
    threshold: s.threshold ?? defaults.threshold,
    monthlyBudgetUsd: s.monthlyBudgetUsd ?? null,
    allowNewTopics: s.allowNewTopics ?? false,
  };
}

export async function readPublicAiSettings(db: DbOrTx, key: SecretKey, defaults: AiDefaults): Promise<PublicAiSettings> {
  const s = await readStored(db);
  const { apiKey, ...rest } = await readAiSettings(db, key, defaults);
  return {
    ...rest,
    apiKeyMasked: apiKey ? maskSecret(apiKey) : null,
    apiKeySource: s.apiKeyEncrypted ? "settings" : apiKey ? "environment" : null,
  };
}

/**
 * Applies a partial update, with the row locked so two admins saving at once both keep their fields. A
 * stored key only ever goes to the server it was entered for: a new base URL needs the key again.
 */
export async function updateAiSettings(db: DbOrTx, key: SecretKey, patch: SettingsUpdate): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.insert(settings).values({ key: AI_KEY, value: {} }).onConflictDoNothing();
    const current = await readStored(tx, { forUpdate: true });
    const baseUrlChanges = patch.baseUrl !== undefined && (patch.baseUrl || undefined) !== current.baseUrl;
    if (baseUrlChanges && current.apiKeyEncrypted && patch.apiKey === undefined) {
      throw new InvalidInputError("enter the API key again for the new base URL: a stored key is only sent to the server it was entered for");
    }
    await tx
      .update(settings)
      .set({ value: applyPatch(key, current, patch), updatedAt: sql`now()` })
      .where(eq(settings.key, AI_KEY));
  });
}

function applyPatch(key: SecretKey, current: StoredAi, patch: SettingsUpdate): StoredAi {
  const next: StoredAi = { ...current };
  if (patch.provider !== undefined) next.provider = patch.provider;
  if (patch.model !== undefined) next.model = patch.model;
  // An empty base URL means "back to the default endpoint".
  if (patch.baseUrl !== undefined) next.baseUrl = patch.baseUrl || undefined;
  if (patch.threshold !== undefined) next.threshold = patch.threshold;
  if (patch.monthlyBudgetUsd !== undefined) next.monthlyBudgetUsd = patch.monthlyBudgetUsd;
  if (patch.allowNewTopics !== undefined) next.allowNewTopics = patch.allowNewTopics;
  if (patch.apiKey === null) delete next.apiKeyEncrypted;
  else if (patch.apiKey !== undefined) next.apiKeyEncrypted = encryptSecret(key, patch.apiKey);
  return next;
}
