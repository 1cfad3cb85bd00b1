import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseEnv, secretKey, serverEnvSchema, storageConfig } from "../src/index.ts";

const base = { DATABASE_URL: "postgres://postgres@127.0.0.1:5432/docscan" };

describe("config", () => {
  it("names every bad variable in one message", () => {
    expect(() => parseEnv(serverEnvSchema, { DATABASE_URL: "mysql://x", PORT: "99999" })).toThrow(ConfigError);
    try {
      parseEnv(serverEnvSchema, { DATABASE_URL: "mysql://x", PORT: "99999" });
    } catch (e) {
      expect((e as Error).message).toMatch(/DATABASE_URL/);
      expect((e as Error).message).toMatch(/PORT/);
    }
  });

  it("takes SEARCH_LANGUAGE from the Postgres configurations, simple by default", () => {
    expect(parseEnv(serverEnvSchema, base).SEARCH_LANGUAGE).toBe("simple");
    expect(parseEnv(serverEnvSchema, { ...base, SEARCH_LANGUAGE: "english" }).SEARCH_LANGUAGE).toBe("english");
    expect(() => parseEnv(serverEnvSchema, { ...base, SEARCH_LANGUAGE: "klingon" })).toThrow(/SEARCH_LANGUAGE: must be one of simple, arabic/);
  });

  it("defaults to local storage under the data dir and generates a secret once", () => {
    const dir = mkdtempSync(join(tmpdir(), "docscan-config-"));
    const env = parseEnv(serverEnvSchema, { ...base, DOCSCAN_DATA_DIR: dir });
    const k1 = secretKey(env);
    const k2 = secretKey(env);
    expect(k1.equals(k2)).toBe(true);
    expect(readFileSync(join(dir, "secret.key"), "utf8").trim().length).toBeGreaterThan(16);
    expect(storageConfig(env, k1)).toMatchObject({ backend: "fs", root: join(dir, "objects") });
  });

  it("uses S3 when S3_ENDPOINT is set and insists on credentials", () => {
    const env = parseEnv(serverEnvSchema, { ...base, S3_ENDPOINT: "http://127.0.0.1:9000", DOCSCAN_SECRET: "x".repeat(20) });
    expect(() => storageConfig(env, secretKey(env))).toThrow(/S3_ACCESS_KEY/);
    const ok = parseEnv(serverEnvSchema, { ...base, S3_ENDPOINT: "http://127.0.0.1:9000", S3_ACCESS_KEY: "a", S3_SECRET_KEY: "b", DOCSCAN_SECRET: "x".repeat(20) });
    expect(storageConfig(ok, secretKey(ok))).toMatchObject({ backend: "s3", bucket: "docscan" });
  });
});
