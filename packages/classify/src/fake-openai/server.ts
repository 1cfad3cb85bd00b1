import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  type FakeHandler,
  type FakeRequest,
  type FakeResponse,
  answerTopics,
  apiError,
  mentionedTopics,
} from "./replies.ts";

export interface FakeOpenAI {
  /** Pass as the SDK's baseURL, e.g. "http://127.0.0.1:41234/v1". */
  baseURL: string;
  /** Every request received, oldest first. Clear with `requests.length = 0`. */
  requests: FakeRequest[];
  /** Requests being answered now, and the most at any one time since start (or the last reset). */
  readonly concurrency: { readonly current: number; readonly max: number; reset(): void };
  /** Replaces the handler; without an argument only the default behaviour remains. */
  setHandler(handler?: FakeHandler): void;
  close(): Promise<void>;
}

export interface FakeOpenAIOptions {
  /** Ids listed by GET /v1/models. */
  models?: string[];
}

const answerMentioned = answerTopics(mentionedTopics);

/**
 * A small OpenAI-compatible server on 127.0.0.1 for tests. The handler sees
 * every request first; where it returns undefined the default answers:
 * GET /v1/models lists `options.models`, POST /v1/chat/completions picks the
 * listed topics that the user message mentions, anything else is a 404.
 */
export async function startFakeOpenAI(handler?: FakeHandler, options: FakeOpenAIOptions = {}): Promise<FakeOpenAI> {
  const models = options.models ?? ["fake-model", "gpt-4o-mini"];
  const requests: FakeRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let current = handler;
  let inFlight = 0;
  let maxInFlight = 0;

  const fallback = (request: FakeRequest): FakeResponse => {
    if (request.method === "GET" && request.path.endsWith("/models")) {
      return { body: { object: "list", data: models.map((id) => ({ id, object: "model", created: 0, owned_by: "fake" })) } };
    }
    return answerMentioned(request) ?? apiError(404, `no route for ${request.method} ${request.path}`);
  };

  const wait = (ms: number, res: ServerResponse) =>
    new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => done(true), ms);
      const done = (completed: boolean) => {
        clearTimeout(timer);
        timers.delete(timer);
        resolve(completed);
      };
      timers.add(timer);
      res.once("close", () => done(false));
    });

  const server = createServer((req, res) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.once("close", () => inFlight--);
    void (async () => {
      const request = await readRequest(req);
      requests.push(request);
      try {
        let response = (await current?.(request)) ?? fallback(request);
        if (response.delayMs) {
          if (!(await wait(response.delayMs, res))) return; // the client gave up
          if (response.status === undefined && response.body === undefined) response = fallback(request);
        }
        send(res, response);
      } catch (err) {
        send(res, apiError(500, `fake handler failed: ${err instanceof Error ? err.message : String(err)}`));
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    concurrency: {
      get current() {
        return inFlight;
      },
      get max() {
        return maxInFlight;
      },
      reset() {
        maxInFlight = inFlight;
      },
    },
    setHandler(next) {
      current = next;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

async function readRequest(req: IncomingMessage): Promise<FakeRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  let body: unknown = text === "" ? undefined : text;
  try {
    if (text) body = JSON.parse(text);
  } catch {
    // keep the raw text
  }
  const path = new URL(req.url ?? "/", "http://fake").pathname;
  return { method: req.method ?? "GET", path, headers: req.headers, body };
}

function send(res: ServerResponse, response: FakeResponse): void {
  if (res.writableEnded || res.destroyed) return;
  const payload = typeof response.body === "string" ? response.body : JSON.stringify(response.body ?? {});
  res.writeHead(response.status ?? 200, { "content-type": "application/json", ...response.headers });
  res.end(payload);
}
