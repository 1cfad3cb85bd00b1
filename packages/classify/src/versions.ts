import { createHash } from "node:crypto";

/** Changes whenever a topic is added, removed, renamed, re-described or re-thresholded. */
export function topicSetVersion(topics: { id: string; name: string; description: string; threshold: number | null }[]): string {
  const canonical = [...topics]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((t) => [t.id, t.name, t.description, t.threshold ?? ""].join("\u0000"))
    .join("\u0001");
  return createHash("sha256").update(canonical).digest("hex").slice(0, 16);
}

