import type { Logger } from "pino";
import type { AiDefaults, Db } from "@docscan/db";
import type { SecretKey } from "@docscan/db/secrets";
import type { SearchLanguage } from "@docscan/shared";
import type { ObjectStore } from "@docscan/storage";
import { auditor, type Audit } from "./audit.ts";
import type { LoginLimiters } from "./auth/rate-limit.ts";
import { ANONYMOUS, type Auth } from "./auth/service.ts";

/** Everything a procedure or route needs, independent of HTTP — tests build it directly. */
export interface AppDeps {
  db: Db;
  storage: ObjectStore;
  secretKey: SecretKey;
  aiDefaults: AiDefaults;
  log: Logger;
  maxUploadBytes: number;
  /** Verifies presigned links of the local-folder store; null with S3. */
  fsSigningSecret: string | null;
  /** Checks the database connection; lives here so health does not need the raw client. */
  pingDb(): Promise<void>;
  /** Text-search configuration new documents are indexed with (SEARCH_LANGUAGE). */
  searchLanguage: SearchLanguage;
  /** Days a document stays in the trash before the worker purges it (TRASH_DAYS). */
  trashDays: number;
  /** Failed sign-ins per address and per account (in memory, per process). */
  loginLimiters: LoginLimiters;
  /** Behind a reverse proxy: take the client address and https from X-Forwarded-For/-Proto (TRUST_PROXY). */
  trustProxy: boolean;
  /** Webhook URLs may name private, loopback and link-local addresses (WEBHOOK_ALLOW_PRIVATE; default: refused). */
  webhookAllowPrivate?: boolean;
  /** Mail accounts may name private, loopback and link-local servers (MAIL_ALLOW_PRIVATE; default: refused). */
  mailAllowPrivate?: boolean;
  /** Under `pnpm start`: the supervisor's state file (DOCSCAN_SUPERVISOR_STATE), reported by /healthz. */
  supervisorStatePath?: string;
}

/** What one request adds: who is calling, and where response headers (Set-Cookie) go. */
export interface RequestInfo {
  requestId: string;
  auth: Auth;
  /** Headers to add to the response; auth procedures set cookies here. */
  resHeaders: Headers;
  clientIp: string;
  /** Served over TLS: cookies get `Secure`. */
  secure: boolean;
  /** Why the request was refused before any procedure ran (CSRF, origin, a bad token); every procedure raises it. */
  refusal: Error | null;
}

export interface Context extends AppDeps, RequestInfo {
  user: Auth["user"];
  /** Records audit-log entries as this request's caller (audit.ts): call it after a change has committed. */
  audit: Audit;
}

export function createContext(deps: AppDeps, req: Partial<RequestInfo> & { requestId: string }): Context {
  const auth = req.auth ?? ANONYMOUS;
  const clientIp = req.clientIp ?? "unknown";
  return {
    ...deps,
    auth,
    user: auth.user,
    resHeaders: req.resHeaders ?? new Headers(),
    clientIp,
    audit: auditor(deps, auth, clientIp),
    secure: req.secure ?? false,
    requestId: req.requestId,
    refusal: req.refusal ?? null,
  };
}
