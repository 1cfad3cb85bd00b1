import type { Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { z, ZodError } from "zod";
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
  return parseInput(schema, body);
}

/**
 * The request's input failed its schema: a 400 naming the fields. A ZodError from anywhere else (data read back
 * from the database, a file) is the server's fault, and stays a 500 that shows none of it.
 */
export class InputValidationError extends Error {
  override name = "InputValidationError";
  constructor(readonly zodError: ZodError) {
    super(zodError.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  }
}

/** Validates what the client sent (body, query), as an InputValidationError when it does not fit. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InputValidationError(result.error);
  return result.data;
}
