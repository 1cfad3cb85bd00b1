import { isAbsolute } from "node:path";
import { z } from "zod";

const httpUrl = z.url({ protocol: /^https?$/, message: "must be an http(s) URL" });

export const fsConfigSchema = z.object({
  backend: z.literal("fs"),
  root: z.string().refine(isAbsolute, "must be an absolute path"),
  signingSecret: z.string().min(16, "must be at least 16 characters"),
  /** Where the api is reachable from the browser, e.g. http://localhost:3000 */
  publicBaseUrl: httpUrl,
});

export const s3ConfigSchema = z.object({
  backend: z.literal("s3"),
  /** scheme://host[:port] only; the minio client takes host, port and TLS separately. */
  endpoint: httpUrl.refine((value) => {
    const url = new URL(value);
    return (url.pathname === "/" || url.pathname === "") && !url.search && !url.hash && !url.username;
  }, "must be scheme://host[:port] with no path, query or credentials"),
  accessKey: z.string().min(1),
  secretKey: z.string().min(1),
  bucket: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "must be a valid S3 bucket name (3-63 chars: a-z 0-9 . -)"),
  region: z.string().min(1).default("us-east-1"),
});

export const storageConfigSchema = z.discriminatedUnion("backend", [fsConfigSchema, s3ConfigSchema]);
export type StorageConfig = z.infer<typeof storageConfigSchema>;
export type FsStorageConfig = Extract<StorageConfig, { backend: "fs" }>;
export type S3StorageConfig = Extract<StorageConfig, { backend: "s3" }>;

export function parseS3Endpoint(endpoint: string): { endPoint: string; port: number; useSSL: boolean } {
  const url = new URL(endpoint);
  const useSSL = url.protocol === "https:";
  return {
    endPoint: url.hostname.replace(/^\[(.*)\]$/, "$1"),
    port: url.port ? Number(url.port) : useSSL ? 443 : 80,
    useSSL,
  };
}
