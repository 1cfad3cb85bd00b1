// Prices in USD per 1M tokens (standard tier, input / output). Table written
// 2026-11-28, offline, from OpenAI's price list as last seen (2025-06):
// check it before relying on the figures.
export const PRICES_AS_OF = "2025-06";

const PRICES: Record<string, { input: number; output: number }> = {
  "gpt-4o-mini": { input: 0.15, output: 0.6 },
  "gpt-4o": { input: 2.5, output: 10 },
  "gpt-4.1": { input: 2, output: 8 },
  "gpt-4.1-mini": { input: 0.4, output: 1.6 },
  "gpt-4.1-nano": { input: 0.1, output: 0.4 },
  "o4-mini": { input: 1.1, output: 4.4 },
  "o3-mini": { input: 1.1, output: 4.4 },
};

/**
 * Estimated cost of one call; null for models not in the table (local models,
 * other servers). Dated snapshots ("gpt-4o-mini-2024-07-18") use their family's price.
 */
export function estimateCostUsd(model: string, inputTokens: number, outputTokens: number): number | null {
  const price = priceOf(model);
  if (!price) return null;
  return (inputTokens * price.input + outputTokens * price.output) / 1_000_000;
}

function priceOf(model: string): { input: number; output: number } | undefined {
  const name = model.trim().toLowerCase().replace(/^openai\//, "");
  return PRICES[name] ?? PRICES[name.replace(/-\d{4}-\d{2}-\d{2}$/, "")];
}
