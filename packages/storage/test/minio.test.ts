import { describe } from "vitest";
import { createObjectStore } from "../src/index.ts";
import { storageConfigFromTestEnv } from "../src/testing.ts";
import { runObjectStoreContract } from "./contract.ts";
import { closedPort } from "./streams.ts";

const config = storageConfigFromTestEnv();
const title = config
  ? `real MinIO at ${config.endpoint}`
  : "real MinIO — SKIPPED: S3_ENDPOINT is not set (set S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY, S3_BUCKET to run)";

// The cases are registered either way so a run without MinIO lists them as skipped, never as passed.
describe.runIf(config !== null)(title, () => {
  runObjectStoreContract("s3 (real MinIO)", async () => {
    if (!config) throw new Error("S3_ENDPOINT is not set");
    return {
      store: createObjectStore(config),
      unusableStore: createObjectStore({ ...config, endpoint: `http://127.0.0.1:${await closedPort()}` }),
      stop: async () => {},
    };
  });
});
