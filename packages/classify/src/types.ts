import type { AiProviderSetting } from "@docscan/shared";
import type { FieldType } from "@docscan/shared/fields";
import type { Limiter } from "./limiter.ts";

export type ProviderName = "local" | "openai";

export interface TopicRef {
  id: string;
  name: string;
  description: string;
}

/** A custom field (ADR 0033) the LLM may fill for a document it files under one of `topicIds`. */
export interface FieldRef {
  id: string;
  name: string;
  type: FieldType;
  /** A select field's options; empty otherwise. */
  options: readonly string[];
  /** The topics (ids from `ClassifyInput.topics`) that have this field. */
  topicIds: readonly string[];
}

/** A field value the LLM gave, checked like a person's value (normalised for its type) and quoted from the text. */
export interface FieldAnswer {
  fieldId: string;
  /** As the field stores it ("119.00 EUR", "2026-03-16", "true", an option as defined). */
  value: string;
  /** In [0, 1]. */
  confidence: number;
  /** The words of the document it was read from, verbatim. */
  quote: string;
}

/**
 * The document's own date as the LLM read it (issue 17): a real calendar date, not in the future, not before
 * 1900, with a quote that occurs in the document.
 */
export interface DateAnswer {
  /** YYYY-MM-DD */
  date: string;
  /** In [0, 1]. */
  confidence: number;
  quote: string;
}

/**
 * The sender as the LLM read it (issue 17), quoted from the document. The name is as printed: the worker matches it
 * against the owner's correspondents (the cache key does not depend on that list), an unknown one is a proposal.
 */
export interface CorrespondentAnswer {
  name: string;
  /** In [0, 1]. */
  confidence: number;
  quote: string;
}

/** A document whose topics a person confirmed; `topicIds: []` confirms that no topic fits. */
export interface LabeledExample {
  text: string;
  topicIds: string[];
  /** Topics a person removed from this document or rejected in review: negative evidence, never re-applied. */
  rejectedTopicIds?: string[];
  /** The document's stored vector (embedDocument); the local provider encodes the text when it is absent. */
  vector?: Float32Array;
}

export interface ClassifyInput {
  text: string;
  filename: string;
  topics: TopicRef[];
  /** Confirmed labels to learn from (the local provider trains on them, the OpenAI prompt shows a few). */
  examples?: LabeledExample[];
  /** This document's stored vector (embedDocument); the local provider encodes the text when it is absent. */
  vector?: Float32Array;
  /**
   * Vectors of the owner's other documents, unlabelled: the local provider self-trains on the confident
   * ones. Bounded by the caller.
   */
  library?: readonly Float32Array[];
  /**
   * Custom fields of `topics` (OpenAI provider only): the same call fills those of the topics it chooses. The
   * local provider ignores them (the worker's offline readers fill fields there).
   */
  fields?: readonly FieldRef[];
}

export interface TopicSuggestion {
  topicId: string;
  /** In [0, 1]. */
  confidence: number;
  /** A short passage of the document that supports the topic, verbatim; null when there is none. */
  quote: string | null;
}

/** A topic the model suggests creating; never mapped to an existing id. */
export interface ProposedTopic {
  name: string;
  description: string;
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
  /** Only with `allowNewTopics`: a topic the model would create for this document. */
  proposedTopic: ProposedTopic | null;
  /**
   * OpenAI provider, with `input.fields`: values of fields of the topics it suggested (any confidence), each
   * valid for its type and quoted from the document; absent or empty otherwise.
   */
  fields?: FieldAnswer[];
  /** OpenAI provider: the document's date, checked and quoted; null when the model gave none that passed. */
  documentDate?: DateAnswer | null;
  /** OpenAI provider: the sender's name as printed, quoted; null when the model gave none that passed. */
  correspondent?: CorrespondentAnswer | null;
  usage: TokenUsage | null;
  /** Estimated from `usage` and the price table; null when the model's price is unknown (and for local). */
  costUsd: number | null;
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
  /** Retries on 408/409/429/5xx and connection errors (with backoff, honouring Retry-After). */
  maxRetries?: number;
  /** Document tokens sent to the model (head and tail kept); default 1200. */
  maxInputTokens?: number;
  /** Let the model propose one new topic (returned as `proposedTopic`). */
  allowNewTopics?: boolean;
  /** Shared by classifiers so that at most N requests are in flight per process. */
  limiter?: Limiter;
}
