import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { z } from "zod";
import { InvalidInputError } from "@docscan/shared";

/** Refuses a body over `maxSize` bytes with a 413, before reading more of it than that. */
export const limitBody = (maxSize: number) => bodyLimit({ maxSize, onError: (c) => c.json({ error: "the request body is too large" }, 413) });

/** Small JSON bodies only (credentials, a new user): at most 16 KiB. */
export const smallJsonBody = limitBody(16 * 1024);

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
