// API overhead: a trivial tRPC query (docscan's tRPC setup: superjson, error formatter, middleware)
// through Hono against a bare Hono route, same server process, requests over 127.0.0.1.
// Invoked by `pnpm bench` (apps/cli/bench); prints one JSON line with --json.
//   node --import tsx apps/api/bench/overhead.ts [--requests 20000] [--concurrency 16] [--rounds 3] [--json]
import { spawn } from "node:child_process";
import { once } from "node:events";
import { Agent, request } from "node:http";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { serve } from "@hono/node-server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { Hono } from "hono";
import type { Context } from "../src/context.ts";
import { publicProcedure, router } from "../src/trpc.ts";

const { values } = parseArgs({
  options: {
    serve: { type: "boolean", default: false },
    requests: { type: "string", default: "20000" },
    concurrency: { type: "string", default: "16" },
    rounds: { type: "string", default: "3" },
    "max-ms": { type: "string", default: "20000" },
    json: { type: "boolean", default: false },
  },
});

if (values.serve) {
  // The server side: one Hono app with both routes, so everything but tRPC is the same.
  const benchRouter = router({ ping: publicProcedure.query(() => ({ ok: true })) });
  const app = new Hono();
  app.get("/bare", (c) => c.json({ ok: true }));
  app.all("/trpc/*", (c) => fetchRequestHandler({ endpoint: "/trpc", req: c.req.raw, router: benchRouter, createContext: () => ({}) as Context }));
  const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info) => process.stdout.write(`${info.port}\n`));
  process.on("SIGTERM", () => server.close(() => process.exit(0)));
} else {
  const REQUESTS = Math.min(200_000, Math.max(100, Number(values.requests)));
  const CONCURRENCY = Math.min(64, Math.max(1, Number(values.concurrency)));
  const ROUNDS = Math.min(10, Math.max(1, Number(values.rounds)));
  const MAX_MS = Math.min(120_000, Math.max(1000, Number(values["max-ms"])));

  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve"], { stdio: ["ignore", "pipe", "inherit"] });
  try {
    const [chunk] = (await once(child.stdout!, "data")) as [Buffer];
    const port = Number(chunk.toString().trim());
    const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const get = (path: string) =>
      new Promise<void>((resolve, reject) => {
        const req = request({ host: "127.0.0.1", port, path, agent }, (res) => {
          res.resume();
          res.on("end", () => (res.statusCode === 200 ? resolve() : reject(new Error(`${path}: HTTP ${res.statusCode}`))));
        });
        req.on("error", reject);
        req.end();
      });
    /** Requests per second with CONCURRENCY clients, bounded by REQUESTS and MAX_MS. */
    const load = async (path: string) => {
      let sent = 0;
      let done = 0;
      const deadline = performance.now() + MAX_MS;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (sent < REQUESTS && performance.now() < deadline) {
            sent++;
            await get(path);
            done++;
          }
        }),
      );
      return done / ((performance.now() - t0) / 1000);
    };
    const bare: number[] = [];
    const trpc: number[] = [];
    const trpcPath = `/trpc/ping?input=${encodeURIComponent(JSON.stringify({ json: null }))}`;
    await load("/bare");
    await load(trpcPath); // warm-up
    for (let r = 0; r < ROUNDS; r++) {
      bare.push(await load("/bare"));
      trpc.push(await load(trpcPath));
    }
    agent.destroy();
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const result = { requests: REQUESTS, concurrency: CONCURRENCY, rounds: ROUNDS, bare, trpc, bareMedian: median(bare), trpcMedian: median(trpc), ratio: median(trpc) / median(bare) };
    if (values.json) process.stdout.write(`${JSON.stringify(result)}\n`);
    else process.stdout.write(`bare Hono: ${result.bareMedian.toFixed(0)} req/s, tRPC via Hono: ${result.trpcMedian.toFixed(0)} req/s (${result.ratio.toFixed(2)}×)\n`);
  } finally {
    child.kill("SIGTERM");
  }
}
