import type { z } from "zod";

/** The first message per field, from the same schema the api applies, so a form answers before a round trip. */
export function issuesByField(schema: z.ZodType, value: unknown): Record<string, string> {
  const r = schema.safeParse(value);
  const out: Record<string, string> = {};
  if (r.success) return out;
  for (const issue of r.error.issues) out[String(issue.path[0] ?? "form")] ??= issue.message;
  return out;
}
