// What the api's /api/objects/:key route does, so the contract can fetch() fs presigned URLs end to end.
import type { Server } from "node:http";
import { createServer } from "node:http";
import { pipeline } from "node:stream/promises";
import type { ObjectStore } from "../src/index.ts";
import { attachmentDisposition, ObjectNotFoundError, verifyPresignedFsUrl } from "../src/index.ts";

export async function startObjectRoute(
  signingSecret: string,
  getStore: () => ObjectStore,
): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    void serve(req.url ?? "/").then(
      async ({ status, headers, store, key }) => {
        res.writeHead(status, headers);
        if (status !== 200 || !store || !key) return void res.end();
        await pipeline(await store.get(key), res);
      },
      (error: unknown) => {
        res.writeHead(error instanceof ObjectNotFoundError ? 404 : 500).end();
      },
    );
  });

  async function serve(path: string) {
    const url = new URL(path, "http://route.invalid");
    const match = /^\/api\/objects\/([^/]+)$/.exec(url.pathname);
    if (!match?.[1]) return { status: 404, headers: {} };
    const key = decodeURIComponent(match[1]);
    const filename = url.searchParams.get("filename") ?? undefined;
    const params = {
      key,
      expires: url.searchParams.get("expires") ?? "",
      signature: url.searchParams.get("signature") ?? "",
      filename,
    };
    if (!verifyPresignedFsUrl(signingSecret, params)) return { status: 403, headers: {} };
    const store = getStore();
    const info = await store.head(key);
    if (!info) return { status: 404, headers: {} };
    const headers: Record<string, string> = {
      "content-length": String(info.size),
      "content-type": info.contentType ?? "application/octet-stream",
    };
    if (filename) headers["content-disposition"] = attachmentDisposition(filename);
    return { status: 200, headers, store, key };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("route server did not bind a port");
  return {
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
