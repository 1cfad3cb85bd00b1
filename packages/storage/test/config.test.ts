import { describe, expect, it } from "vitest";
import { storageConfigSchema } from "../src/index.ts";
import { parseS3Endpoint } from "../src/config.ts";

const s3 = { backend: "s3", endpoint: "http://127.0.0.1:9000", accessKey: "k", secretKey: "s", bucket: "docscan" };
const fs = { backend: "fs", root: "/var/lib/docscan", signingSecret: "0123456789abcdef", publicBaseUrl: "http://localhost:3000" };

describe("storageConfigSchema", () => {
  it("parses an s3 config and defaults the region", () => {
    expect(storageConfigSchema.parse(s3)).toEqual({ ...s3, region: "us-east-1" });
    expect(storageConfigSchema.parse({ ...s3, region: "eu-central-1" })).toMatchObject({ region: "eu-central-1" });
  });

  it("parses an fs config", () => {
    expect(storageConfigSchema.parse(fs)).toEqual(fs);
  });

  it.each([
    ["relative fs root", { ...fs, root: "data/objects" }, "root"],
    ["short signing secret", { ...fs, signingSecret: "too-short" }, "signingSecret"],
    ["non-URL public base", { ...fs, publicBaseUrl: "localhost:3000" }, "publicBaseUrl"],
    ["non-http endpoint", { ...s3, endpoint: "ftp://127.0.0.1:9000" }, "endpoint"],
    ["endpoint with a path", { ...s3, endpoint: "http://127.0.0.1:9000/minio" }, "endpoint"],
    ["bad bucket name", { ...s3, bucket: "Docs_Bucket" }, "bucket"],
    ["empty access key", { ...s3, accessKey: "" }, "accessKey"],
  ])("rejects %s and names the field", (_label, input, field) => {
    const result = storageConfigSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([field]);
  });

  it("rejects an unknown backend", () => {
    expect(storageConfigSchema.safeParse({ ...s3, backend: "gcs" }).success).toBe(false);
  });
});

describe("parseS3Endpoint", () => {
  it.each([
    ["http://127.0.0.1:9000", { endPoint: "127.0.0.1", port: 9000, useSSL: false }],
    ["http://minio", { endPoint: "minio", port: 80, useSSL: false }],
    ["https://s3.example.com", { endPoint: "s3.example.com", port: 443, useSSL: true }],
    ["https://s3.example.com:8443/", { endPoint: "s3.example.com", port: 8443, useSSL: true }],
  ])("%s", (endpoint, expected) => {
    expect(parseS3Endpoint(endpoint)).toEqual(expected);
  });
});
