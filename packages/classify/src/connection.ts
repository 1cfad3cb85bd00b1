import { APIError } from "openai";
import { resolveProvider } from "./factory.ts";
import { type OpenAISettings, openAIClient, openAISettings, toClassificationError } from "./openai/client.ts";
import type { ClassifierConfig } from "./types.ts";

export type ConnectionResult = { ok: true; latencyMs: number; modelAvailable: boolean } | { ok: false; error: string };

/**
 * Lists the server's models and looks for the configured one; servers without
 * a models endpoint get a 1-token completion instead. No retries: the user is
 * waiting. The local provider has nothing to connect to and is always ok.
 */
export async function testConnection(config: ClassifierConfig): Promise<ConnectionResult> {
  if (resolveProvider(config) === "local") return { ok: true, latencyMs: 0, modelAvailable: true };
  let settings: OpenAISettings;
  try {
    settings = { ...openAISettings(config), maxRetries: 0 };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
  const client = openAIClient(settings);
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    try {
      const ids: string[] = [];
      for await (const model of client.models.list()) ids.push(model.id);
      return { ok: true, latencyMs: elapsed(), modelAvailable: hasModel(ids, settings.model) };
    } catch (err) {
      if (!(err instanceof APIError && [404, 405, 501].includes(err.status ?? 0))) throw err;
    }
    await client.chat.completions.create({
      model: settings.model,
      messages: [{ role: "user", content: "Reply with OK." }],
      max_tokens: 1,
    });
    return { ok: true, latencyMs: elapsed(), modelAvailable: true };
  } catch (err) {
    return { ok: false, error: toClassificationError(err, settings).message };
  }
}

/** Ollama lists "llama3.1:latest" for a model configured as "llama3.1". */
function hasModel(ids: readonly string[], model: string): boolean {
  return ids.includes(model) || (!model.includes(":") && ids.includes(`${model}:latest`));
}
