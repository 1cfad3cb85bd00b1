import { createServer } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ClassifierConfig, testConnection } from "../src/index.ts";
import { type FakeOpenAI, apiError, isChatRequest, startFakeOpenAI } from "../src/testing.ts";

let fake: FakeOpenAI;
let config: ClassifierConfig;

beforeAll(async () => {
  fake = await startFakeOpenAI(undefined, { models: ["gpt-4o-mini", "llama3.1:latest"] });
  config = { provider: "openai", apiKey: "sk-test", baseUrl: fake.baseURL, model: "gpt-4o-mini", timeoutMs: 30_000 };
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.setHandler();
});

/** A port that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe("testConnection", () => {
  it("lists the models and finds the configured one", async () => {
    const result = await testConnection(config);
    expect(result).toEqual({ ok: true, latencyMs: expect.any(Number), modelAvailable: true });
    expect(fake.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /v1/models"]);
  });

  it("says when the model is not served", async () => {
    expect(await testConnection({ ...config, model: "gpt-9" })).toMatchObject({ ok: true, modelAvailable: false });
    expect(await testConnection({ ...config, model: "llama3.1" })).toMatchObject({ ok: true, modelAvailable: true });
  });

  it("falls back to a 1-token completion when there is no models endpoint", async () => {
    fake.setHandler((req) => (req.path.endsWith("/models") ? apiError(404, "Not found") : undefined));
    const result = await testConnection(config);
    expect(result).toMatchObject({ ok: true, modelAvailable: true });
    const chat = fake.requests.filter(isChatRequest);
    expect(chat).toHaveLength(1);
    expect(chat[0]?.body).toMatchObject({ model: "gpt-4o-mini", max_tokens: 1 });
  });

  it("fails readably when nothing listens", async () => {
    const baseUrl = `http://127.0.0.1:${await closedPort()}/v1`;
    const result = await testConnection({ ...config, baseUrl });
    expect(result).toEqual({ ok: false, error: `could not reach the model server at ${baseUrl} (ECONNREFUSED)` });
  });

  it("fails on a rejected key", async () => {
    fake.setHandler(() => apiError(401, "Incorrect API key provided"));
    expect(await testConnection(config)).toEqual({
      ok: false,
      error: `the model server at ${fake.baseURL} rejected the API key (401)`,
    });
  });

  it("needs a key for OpenAI itself, none for a server at another base URL, and nothing for local", async () => {
    expect(await testConnection({ ...config, apiKey: null, baseUrl: null })).toEqual({
      ok: false,
      error: "OpenAI provider needs an API key (a server at another base URL can do without)",
    });
    // A local server (Ollama, vLLM) without a key: reached, and sent a placeholder it ignores.
    expect(await testConnection({ ...config, apiKey: null })).toMatchObject({ ok: true, modelAvailable: true });
    expect(fake.requests.at(-1)?.headers.authorization).toBe("Bearer no-key");
    expect(await testConnection({ ...config, provider: "auto", apiKey: null })).toEqual({
      ok: true,
      latencyMs: 0,
      modelAvailable: true,
    });
  });
});
