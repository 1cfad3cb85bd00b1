import type { AiProviderSetting } from "@docscan/shared";

export type ProviderName = "local" | "openai";

export interface TopicRef {
  id: string;
  name: string;
  description: string;
}

export interface ClassifyInput {
  text: string;
  filename: string;
  topics: TopicRef[];
}

export interface TopicSuggestion {
  topicId: string;
  /** In [0, 1]. */
  confidence: number;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface ClassifyResult {
  provider: ProviderName;
  /** The model that answered; `null` for the local classifier. */
  model: string | null;
  /** Best first; only ids taken from `input.topics`. */
  suggestions: TopicSuggestion[];
  usage: TokenUsage | null;
  latencyMs: number;
}

export interface Classifier {
  readonly provider: ProviderName;
  classify(input: ClassifyInput): Promise<ClassifyResult>;
}

export interface ClassifierConfig {
  provider: AiProviderSetting;
  apiKey: string | null;
  /** OpenAI-compatible endpoint incl. `/v1`; `null` or `""` means api.openai.com. */
  baseUrl: string | null;
  model: string;
  /** Per HTTP attempt. */
  timeoutMs?: number;
  /** Retries the SDK makes on 408/409/429/5xx and connection errors. */
  maxRetries?: number;
}
