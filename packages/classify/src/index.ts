export type {
  Classifier,
  ClassifierConfig,
  ClassifyInput,
  ClassifyResult,
  CorrespondentAnswer,
  DateAnswer,
  FieldAnswer,
  FieldRef,
  LabeledExample,
  ProposedTopic,
  ProviderName,
  TokenUsage,
  TopicRef,
  TopicSuggestion,
} from "./types.ts";
export { ClassificationError } from "./errors.ts";
export { EMBEDDING_DIMENSIONS, EMBEDDING_VERSION, embedDocument, sourceSha256Of } from "./embed.ts";
export { createClassifier, resolveProvider } from "./factory.ts";
export { type ConnectionResult, testConnection } from "./connection.ts";
export { type Limiter, createLimiter } from "./limiter.ts";
export { PRICES_AS_OF, estimateCostUsd } from "./cost.ts";
export { countTokens, truncateToTokens } from "./openai/tokens.ts";
export { DEFAULT_MAX_INPUT_TOKENS, PROMPT_VERSION, promptTokens, promptVersionFor, systemPromptTokens } from "./openai/prompt.ts";
export { type LocalModel, MODEL_VERSION as LOCAL_MODEL_VERSION, modelKey, trainLocalModel } from "./local/model.ts";
export { LocalClassifier, type LocalClassifierOptions, suggest } from "./local/classifier.ts";
export { SCORED_DOCUMENTS_LIMIT, ScoredDocuments, scoredDocuments } from "./local/scored-documents.ts";
export { TEXT_FEATURES_VERSION, type TextFeatures, textFeatures } from "./local/text-features.ts";
export { type SentenceEncoder, sentenceEncoder } from "./local/encoder.ts";
export { REVIEW_MIN_CONFIDENCE, type Decision, appliedTopicIds, decide, keepPersonDecisions } from "./decide.ts";
export { checkContent, hasTooLittleContent } from "./local/content.ts";
export { diskCachedEmbed } from "./eval-cache.ts";
export {
  DEFAULT_REVIEW_FLOOR,
  DEFAULT_THRESHOLD,
  type Embed,
  type EvalOptions,
  type EvalReport,
  type ReliabilityBin,
  type LabeledText,
  type TopicStats,
  evaluate,
  parseJsonl,
  parseTopicsFile,
  parseUnlabelled,
} from "./evaluate.ts";
export { answerCacheKey, fieldRefsFor, fieldSetVersion, topicSetVersion } from "./versions.ts";
