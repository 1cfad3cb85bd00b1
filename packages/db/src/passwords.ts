import { hash, verify } from "@node-rs/argon2";

// argon2id with the OWASP-recommended minimum (19 MiB, 2 passes, 1 lane): ~30 ms per hash on our machines.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

// Verified against when the email is unknown, so a sign-in takes as long whether or not the account exists.
const dummyHash = hashPassword("not a real password, only for constant-time refusals");

/** Checks the password against the stored hash, or against a dummy when there is no user. */
export async function verifyPassword(storedHash: string | null, password: string): Promise<boolean> {
  const ok = await verify(storedHash ?? (await dummyHash), password).catch(() => false);
  return storedHash !== null && ok;
}
