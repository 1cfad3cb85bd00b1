import { createHmac, timingSafeEqual } from "node:crypto";
import { assertValidKey } from "./keys.ts";

// Domain-separates these signatures from anything else signed with the same secret.
const PURPOSE = "docscan-fs-object-get-v1";

/** Empty filename means "no filename", on both the signing and the verifying side. */
export function signFsObject(signingSecret: string, key: string, expires: string, filename?: string): string {
  // key has no "\n" (assertValidKey) and expires is digits, so everything after the third "\n" is the filename.
  const payload = [PURPOSE, key, expires, ...(filename ? [filename] : [])].join("\n");
  return createHmac("sha256", signingSecret).update(payload).digest("hex");
}

/** Checks the query of a URL made by the fs store's presignedGet: untampered and not yet expired. */
export function verifyPresignedFsUrl(
  signingSecret: string,
  params: { key: string; expires: string; signature: string; filename?: string },
  now: Date = new Date(),
): boolean {
  const { key, expires, signature, filename } = params;
  if (!/^\d{1,15}$/.test(expires) || !/^[0-9a-f]{64}$/i.test(signature)) return false;
  try {
    assertValidKey(key);
  } catch {
    return false;
  }
  if (Number(expires) * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(signFsObject(signingSecret, key, expires, filename), "hex");
  return timingSafeEqual(expected, Buffer.from(signature, "hex"));
}
