import { z } from "zod";
import { parseEnv, serverEnvSchema } from "@docscan/config";

const apiEnvSchema = serverEnvSchema.extend({
  HOST: z.string().default("0.0.0.0"),
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(100 * 1024 * 1024),
  /** The built console (apps/web/dist); served on the same port when present. */
  WEB_DIST_DIR: z.string().optional(),
  /** Behind a reverse proxy: trust X-Forwarded-For/-Proto/-Host for client addresses, https and origin checks. */
  TRUST_PROXY: z.stringbool().default(false),
  /** Webhook URLs may name private, loopback and link-local addresses (the worker reads it too). Off: refused (SSRF). */
  WEBHOOK_ALLOW_PRIVATE: z.stringbool().default(false),
  /** Mail accounts may name private, loopback and link-local servers (the worker reads it too). Off: refused (SSRF). */
  MAIL_ALLOW_PRIVATE: z.stringbool().default(false),
  /** With no users yet, create this admin at start-up (otherwise the console shows a one-time setup page). */
  DOCSCAN_ADMIN_EMAIL: z.string().optional(),
  DOCSCAN_ADMIN_PASSWORD: z.string().optional(),
  /**
   * Keep what a topic trial reads (every document's vector and today's scores) from a minute after the start, in the
   * background, so that the first trial is as quick as the next (ADR 0045). Off: kept when staff first open the
   * Topics page.
   */
  TRIAL_WARM_UP_AT_START: z.stringbool().default(true),
  /** Set by `pnpm start`: where its supervisor writes the state of the processes it runs (for /healthz). */
  DOCSCAN_SUPERVISOR_STATE: z.string().optional(),
});
export type ApiEnv = z.infer<typeof apiEnvSchema>;

export function loadEnv(source: Record<string, string | undefined> = process.env): ApiEnv {
  return parseEnv(apiEnvSchema, source);
}
