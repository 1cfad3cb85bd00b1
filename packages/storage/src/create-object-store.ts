import type { StorageConfig } from "./config.ts";
import { storageConfigSchema } from "./config.ts";
import { FsObjectStore } from "./fs-store.ts";
import { MinioObjectStore } from "./minio-store.ts";
import type { ObjectStore } from "./object-store.ts";

export function createObjectStore(config: StorageConfig): ObjectStore {
  // Re-validated so hand-built configs (tests, scripts) get the same checks as env.ts.
  const parsed = storageConfigSchema.parse(config);
  return parsed.backend === "fs" ? new FsObjectStore(parsed) : new MinioObjectStore(parsed);
}
