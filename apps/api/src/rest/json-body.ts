import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { z } from "zod";
import { InvalidInputError } from "@docscan/shared";

/** Small JSON bodies only (credentials, a new user): refuses anything over 16 KiB before reading it. */
export const smallJsonBody = bodyLimit({ maxSize: 16 * 1024, onError: (c) => c.json({ error: "the request body is too large" }, 413) });

/** The body parsed as JSON and validated; malformed JSON and invalid fields are both 400s. */
export async function readJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new InvalidInputError("the request body must be JSON");
  }
  return schema.parse(body);
}
