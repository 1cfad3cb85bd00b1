// The answer cache's key lives with the classifier: the topic trial counts cached answers with the same key.
export { answerCacheKey, topicSetVersion } from "@docscan/classify";

export function startOfMonthUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}
