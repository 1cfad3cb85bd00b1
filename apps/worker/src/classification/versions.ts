import { createHash } from "node:crypto";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

export { topicSetVersion } from "@docscan/classify";

/**
 * The same owner's same text, prompt, topics and model give the same answer: never pay for it twice. The
 * owner is part of the key because the prompt carries the owner's own confirmed examples (ADR 0010): an
 * answer shaped by one user's documents is never handed to another.
 */
export function answerCacheKey(parts: { ownerId: string | null; text: string; promptVersion: string; topicSetVersion: string; model: string }): string {
  return [sha256(parts.text), parts.promptVersion, parts.topicSetVersion, parts.model, parts.ownerId ?? "-"].join(":");
}

export function startOfMonthUtc(now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
}
