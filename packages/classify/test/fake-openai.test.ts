import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeOpenAI, isChatRequest, requestedTopicNames, slow, startFakeOpenAI } from "../src/testing.ts";

let fake: FakeOpenAI;

beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.setHandler();
});

const post = (path: string, body: unknown) =>
  fetch(`${fake.baseURL}${path}`, { method: "POST", body: typeof body === "string" ? body : JSON.stringify(body) });

describe("fake OpenAI server", () => {
  it("listens on 127.0.0.1 and records parsed bodies", async () => {
    expect(fake.baseURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    await post("/chat/completions", { model: "m", messages: [] });
    await post("/chat/completions", "not json");
    expect(fake.requests.map((r) => r.body)).toEqual([{ model: "m", messages: [] }, "not json"]);
    expect(fake.requests.every(isChatRequest)).toBe(true);
  });

  it("answers unknown routes with an OpenAI-style 404", async () => {
    const res = await fetch(`${fake.baseURL}/embeddings`);
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { message: "no route for GET /v1/embeddings" } });
  });

  it("delays the default answer", async () => {
    fake.setHandler(() => slow(150));
    const started = Date.now();
    const res = await fetch(`${fake.baseURL}/models`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(await res.json()).toMatchObject({ object: "list", data: [{ id: "fake-model" }, { id: "gpt-4o-mini" }] });
  });

  it("turns a throwing handler into a 500", async () => {
    fake.setHandler(() => {
      throw new Error("boom");
    });
    const res = await post("/chat/completions", {});
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ error: { message: "fake handler failed: boom" } });
  });

  it("reads the topic enum from a request", () => {
    const body = {
      response_format: { json_schema: { schema: { properties: { topics: { items: { properties: { name: { enum: ["A", "B"] } } } } } } } },
    };
    expect(requestedTopicNames({ method: "POST", path: "/v1/chat/completions", headers: {}, body })).toEqual(["A", "B"]);
  });
});
