// Secrets in an export (ADR 0023): left out, or with --with-secrets re-encrypted from the server's key to one
// derived from a passphrase, so the export never holds a secret in clear and a new machine with another
// server key can take it back.
import { randomBytes, scryptSync } from "node:crypto";
import { decryptSecret, encryptSecret, type SecretKey } from "@docscan/db/secrets";
import { ENCRYPTED_NAME } from "./manifest.ts";

const CHECK = "docscan export passphrase check";

export function passphraseKey(passphrase: string, salt: string): SecretKey {
  return scryptSync(passphrase, Buffer.from(salt, "base64url"), 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }) as SecretKey;
}

/** A new salt and a value to check a passphrase against on import. */
export function newPassphrase(passphrase: string): { key: SecretKey; salt: string; check: string } {
  const salt = randomBytes(16).toString("base64url");
  const key = passphraseKey(passphrase, salt);
  return { key, salt, check: encryptSecret(key, CHECK) };
}

export function openPassphrase(passphrase: string, params: { salt: string; check: string }): SecretKey {
  const key = passphraseKey(passphrase, params.salt);
  try {
    if (decryptSecret(key, params.check) === CHECK) return key;
  } catch {
    // a wrong passphrase fails the authentication tag
  }
  throw new Error("the passphrase does not open this export's secrets (DOCSCAN_EXPORT_PASSPHRASE)");
}

/**
 * A copy of the value with every encrypted secret in it (a key named like `apiKeyEncrypted` or
 * `password_encrypted`, at any depth) passed through `change`; `change` returning undefined drops it
 * (a column becomes null).
 */
export function mapSecrets(value: unknown, change: (encrypted: string) => string | undefined): unknown {
  if (Array.isArray(value)) return value.map((v) => mapSecrets(v, change));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (ENCRYPTED_NAME.test(k) && typeof v === "string") {
      const changed = change(v);
      if (changed !== undefined) out[k] = changed;
      else if (/_encrypted$/.test(k)) out[k] = null;
    } else out[k] = mapSecrets(v, change);
  }
  return out;
}

/** From one key to another. */
export function reEncrypt(from: SecretKey, to: SecretKey): (encrypted: string) => string {
  return (encrypted) => encryptSecret(to, decryptSecret(from, encrypted));
}
