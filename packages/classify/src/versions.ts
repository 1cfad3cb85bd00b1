import { createHash } from "node:crypto";
import type { FieldRef } from "./types.ts";

/** Changes whenever a topic is added, removed, renamed, re-described or re-thresholded. */
export function topicSetVersion(topics: { id: string; name: string; description: string; threshold: number | null }[]): string {
  const canonical = [...topics]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((t) => [t.id, t.name, t.description, t.threshold ?? ""].join("\u0000"))
    .join("\u0001");
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");

/**
 * The LLM answer cache's key (the worker's classify task, and the topic trial counting answers it would not pay
 * for): the same owner's same text, prompt, topics, field definitions and model give the same answer, so it is never paid for
 * twice. The owner is part of the key because the prompt carries the owner's own confirmed examples (ADR 0010):
 * an answer shaped by one user's documents is never handed to another.
 */
export function answerCacheKey(parts: {
  ownerId: string | null;
  text: string;
  promptVersion: string;
  topicSetVersion: string;
  model: string;
  /** `fieldSetVersion` of the custom fields the prompt offers (ADR 0033); none offered: absent, and the key is as before. */
  fieldSetVersion?: string | null;
}): string {
  const key = [sha256(parts.text), parts.promptVersion, parts.topicSetVersion, parts.model, parts.ownerId ?? "-"];
  if (parts.fieldSetVersion) key.push(`fields-${parts.fieldSetVersion}`);
  return key.join(":");
}

/**
 * Changes whenever a field the LLM may fill is added, removed, renamed, retyped, given other options or attached
 * to other topics: an answer cached for other definitions is not reused.
 */
export function fieldSetVersion(fields: readonly { id: string; name: string; type: string; options: readonly string[]; topicIds: readonly string[] }[]): string {
  const canonical = [...fields]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((f) => [f.id, f.name, f.type, f.options.join("\u0002"), [...f.topicIds].sort().join("\u0002")].join("\u0000"))
    .join("\u0001");
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}

/**
 * The custom fields the LLM is offered with `topics` (ADR 0033): those attached to any of them, each naming only
 * those topics. The worker's classify task and the topic trial (which counts and samples the same requests) both
 * take them from here, so the prompt and `fieldSetVersion` in the cache key are the same.
 */
export function fieldRefsFor(fields: readonly FieldRef[], topics: readonly { id: string }[]): FieldRef[] {
  const ids = new Set(topics.map((t) => t.id));
  return fields
    .map((f) => ({ id: f.id, name: f.name, type: f.type, options: f.options, topicIds: f.topicIds.filter((id) => ids.has(id)) }))
    .filter((f) => f.topicIds.length > 0);
}
