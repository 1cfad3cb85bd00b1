import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** A 32-byte AES-256-GCM key derived from the server secret. */
export type SecretKey = Buffer & { readonly __secretKey: unique symbol };

export function deriveSecretKey(serverSecret: string): SecretKey {
  if (serverSecret.length < 16) throw new Error("the server secret must be at least 16 characters");
  return createHash("sha256").update(`docscan:settings:${serverSecret}`).digest() as SecretKey;
}

/** Reads the server secret from a file, creating it (mode 0600) with 32 random bytes on first use. */
export function readOrCreateSecretFile(path: string): string {
  try {
    return readFileSync(path, "utf8").trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    mkdirSync(dirname(path), { recursive: true });
    const secret = randomBytes(32).toString("base64url");
    try {
      writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: "wx" });
      return secret;
    } catch (writeErr) {
      // Another process (api or worker) created it first: use theirs.
      if ((writeErr as NodeJS.ErrnoException).code === "EEXIST") return readFileSync(path, "utf8").trim();
      throw writeErr;
    }
  }
}

/** `v1.<iv>.<tag>.<ciphertext>`, each base64url. */
export function encryptSecret(key: SecretKey, plaintext: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", iv, cipher.getAuthTag(), ct].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(".");
}

export function decryptSecret(key: SecretKey, payload: string): string {
  const [version, iv, tag, ct] = payload.split(".");
  if (version !== "v1" || !iv || !tag || ct === undefined) throw new Error("unrecognised encrypted secret");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
}
