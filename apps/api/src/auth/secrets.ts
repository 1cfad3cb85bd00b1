import { createHash, randomBytes } from "node:crypto";

/** Session cookies and API tokens are random 256-bit strings; only their sha256 is stored. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** A new secret with a recognisable prefix (`dst_` for API tokens), its hash, and a short id for lists. */
export function newSecret(prefix = ""): { secret: string; hash: string; displayPrefix: string } {
  const secret = prefix + randomBytes(32).toString("base64url");
  return { secret, hash: hashSecret(secret), displayPrefix: secret.slice(0, prefix.length + 6) };
}
