export type {
  Classifier,
  ClassifierConfig,
  ClassifyInput,
  ClassifyResult,
  ProviderName,
  TokenUsage,
  TopicRef,
  TopicSuggestion,
} from "./types.ts";
export { ClassificationError } from "./errors.ts";
export { createClassifier, resolveProvider } from "./factory.ts";
export { type ConnectionResult, testConnection } from "./connection.ts";
