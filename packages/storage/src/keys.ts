import { randomUUID } from "node:crypto";
import { ALLOWED_EXTENSIONS, idSchema } from "@docscan/shared";

const KEY_CHARS = /^[A-Za-z0-9/._-]+$/;
const MAX_KEY_LENGTH = 1024; // S3's limit, in bytes; keys are ASCII so chars == bytes

/** Rejects keys that could escape a directory or that S3 and filesystems would treat differently. */
export function assertValidKey(key: string): void {
  const problem = keyProblem(key);
  if (problem) throw new Error(`invalid object key ${JSON.stringify(key)}: ${problem}`);
}

function keyProblem(key: string): string | null {
  if (key.length === 0) return "empty";
  if (key.length > MAX_KEY_LENGTH) return `longer than ${MAX_KEY_LENGTH} characters`;
  if (key.includes("\0")) return "contains NUL";
  if (key.includes("\\")) return "contains a backslash";
  if (key.startsWith("/")) return "starts with /";
  if (key.includes("..")) return 'contains ".."';
  if (!KEY_CHARS.test(key)) return "only A-Z a-z 0-9 / . _ - are allowed";
  if (key.split("/").some((segment) => segment === "" || segment === ".")) return "has an empty or '.' path segment";
  return null;
}

/** A listing prefix: empty, or the start of a valid key (it may end with "/"). */
export function assertValidPrefix(prefix: string): void {
  if (prefix === "") return;
  const problem = keyProblem(prefix.endsWith("/") ? `${prefix}x` : prefix);
  if (problem) throw new Error(`invalid object key prefix ${JSON.stringify(prefix)}: ${problem}`);
}

/** Server-generated key: `${owner ?? "unowned"}/${documentId}/${randomUUID()}${ext}`; the user's filename never appears. */
export function makeObjectKey(parts: { owner: string | null; documentId: string; ext: string }): string {
  const { owner, documentId, ext } = parts;
  if (owner !== null && !idSchema.safeParse(owner).success) throw new Error(`owner must be a UUID, got ${JSON.stringify(owner)}`);
  if (!idSchema.safeParse(documentId).success) throw new Error(`documentId must be a UUID, got ${JSON.stringify(documentId)}`);
  if (ext !== ext.toLowerCase()) throw new Error(`extension must be lower-case, got ${JSON.stringify(ext)}`);
  if (!ALLOWED_EXTENSIONS.includes(ext)) {
    throw new Error(`extension ${JSON.stringify(ext)} is not allowed (allowed: ${ALLOWED_EXTENSIONS.join(", ")})`);
  }
  const key = `${owner ?? "unowned"}/${documentId}/${randomUUID()}${ext}`;
  assertValidKey(key);
  return key;
}
