// A consumer in its own process, so a test can kill it with SIGKILL mid-import and start another.
// Test-only entry: its configuration comes from the test through the environment.
import { pino } from "pino";
import { createDatabase } from "@docscan/db";
import { createObjectStore } from "@docscan/storage";
import { startConsumer } from "../src/consume.ts";

const env = process.env;
const database = createDatabase(env.DATABASE_URL!, { max: 3 });
const lock = createDatabase(env.DATABASE_URL!, { session: true });
const storage = createObjectStore({ backend: "fs", root: env.STORAGE_ROOT!, signingSecret: "x".repeat(32), publicBaseUrl: "http://localhost:3000" });
const log = pino({ level: "info" });
startConsumer({ db: database.db, storage, log, searchLanguage: "simple" }, lock.db, {
  dir: env.CONSUME_DIR!,
  doneDir: null,
  ownerEmail: null,
  stableMs: 200,
  scanIntervalMs: 200,
  subdirsAs: "none",
}, log);
log.info("consumer child started");
