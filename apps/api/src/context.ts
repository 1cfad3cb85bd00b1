import type { Logger } from "pino";
import type { AiDefaults, Db } from "@docscan/db";
import type { SecretKey } from "@docscan/db/secrets";
import type { SearchLanguage } from "@docscan/shared";
import type { ObjectStore } from "@docscan/storage";

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
}

export interface Context extends AppDeps {
  requestId: string;
}

export function createContext(deps: AppDeps, requestId: string): Context {
  return { ...deps, requestId };
}
