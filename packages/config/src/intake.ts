// Consume folder and mail accounts (ADR 0020): read by the worker, which runs both.
import { z } from "zod";

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined));

export const intakeEnvShape = {
  /** The folder to import files from, at any depth; unset: no consume folder. */
  CONSUME_DIR: optionalString,
  /** Imported files are moved here (keeping their subfolders); unset: they are deleted. */
  CONSUME_DONE_DIR: optionalString,
  /** E-mail of the user who owns consumed documents; unset: the first admin. */
  CONSUME_OWNER: optionalString.pipe(z.email({ message: "must be a user's e-mail address" }).optional()),
  /** A file is taken once its size and modification time have not changed for this long. */
  CONSUME_STABLE_MS: z.coerce.number().int().min(0).max(3_600_000).default(5000),
  /** How often the folder is scanned (change events, where the file system sends them, make it sooner). */
  CONSUME_SCAN_MS: z.coerce.number().int().min(200).max(3_600_000).default(10_000),
  CONSUME_SUBDIRS_AS: z.enum(["folders", "topics", "none"], { message: "must be folders, topics or none" }).default("none"),
  /** How often each mail account is checked; failing accounts wait longer (doubling, at most an hour). */
  MAIL_POLL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(120),
  /**
   * Mail accounts may name private, loopback and link-local servers (a mail server on the same network).
   * Off: refused, because members add accounts (SSRF). The api reads it too, for "check connection".
   */
  MAIL_ALLOW_PRIVATE: z.stringbool().default(false),
};
