import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ClassificationError, type ClassifierConfig, createClassifier } from "../src/index.ts";
import { TEXT_BUDGET } from "../src/openai/prompt.ts";
import {
  type FakeOpenAI,
  answerTopics,
  apiError,
  chatReplies,
  isChatRequest,
  malformedAnswer,
  messageText,
  rateLimited,
  serverError,
  slow,
  startFakeOpenAI,
  topicAnswer,
} from "../src/testing.ts";
import { FINANCE, HEALTH, INVOICE_TEXT, SPORTS, TOPICS } from "./fixtures.ts";

let fake: FakeOpenAI;
let config: ClassifierConfig;
const input = { text: INVOICE_TEXT, filename: "invoice-113.pdf", topics: TOPICS };
const chatRequests = () => fake.requests.filter(isChatRequest);

beforeAll(async () => {
  fake = await startFakeOpenAI();
  config = { provider: "openai", apiKey: "sk-test-1234", baseUrl: fake.baseURL, model: "gpt-4o-mini", timeoutMs: 5000, maxRetries: 0 };
});
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.setHandler();
});

async function classifyError(cfg: ClassifierConfig): Promise<ClassificationError> {
  const err = await createClassifier(cfg).classify(input).then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ClassificationError);
  return err as ClassificationError;
}

describe("openai classifier", () => {
  it("maps the answered names back to ids, best first, with usage", async () => {
    fake.setHandler(
      chatReplies(
        topicAnswer(
          [
            { name: "Health", confidence: 0.3 },
            { name: "Finance", confidence: 0.85 },
          ],
          { model: "gpt-4o-mini-2024-07-18", usage: { prompt_tokens: 321, completion_tokens: 17 } },
        ),
      ),
    );
    const result = await createClassifier(config).classify(input);
    expect(result).toMatchObject({
      provider: "openai",
      model: "gpt-4o-mini-2024-07-18",
      suggestions: [
        { topicId: FINANCE.id, confidence: 0.85 },
        { topicId: HEALTH.id, confidence: 0.3 },
      ],
      usage: { inputTokens: 321, outputTokens: 17 },
    });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(chatRequests()[0]?.headers.authorization).toBe("Bearer sk-test-1234");
  });

  it("works with the fake's default rule (topics the document mentions)", async () => {
    const result = await createClassifier(config).classify({ ...input, text: "Sports club newsletter." });
    expect(result.suggestions).toEqual([{ topicId: SPORTS.id, confidence: 0.9 }]);
    expect(result.usage?.inputTokens).toBeGreaterThan(0);
  });

  it("drops topics outside the list and clamps confidences", async () => {
    fake.setHandler(
      chatReplies(
        topicAnswer([
          { name: "Cooking", confidence: 0.99 },
          { name: "Finance", confidence: 1.7 },
          { name: "sports ", confidence: -0.2 },
        ]),
      ),
    );
    const { suggestions } = await createClassifier(config).classify(input);
    expect(suggestions).toEqual([
      { topicId: FINANCE.id, confidence: 1 },
      { topicId: SPORTS.id, confidence: 0 },
    ]);
  });

  it("accepts an empty list as 'no topic fits'", async () => {
    fake.setHandler(chatReplies(topicAnswer([])));
    expect((await createClassifier(config).classify(input)).suggestions).toEqual([]);
  });

  it("asks once more after invalid JSON, then gives up", async () => {
    fake.setHandler(chatReplies(malformedAnswer(), malformedAnswer()));
    const err = await classifyError(config);
    expect(err.message).toMatch(/^the model answered with invalid JSON twice/);
    expect(chatRequests()).toHaveLength(2);
  });

  it("succeeds when the second answer is valid, counting both answers' tokens", async () => {
    fake.setHandler(chatReplies(malformedAnswer(), topicAnswer([{ name: "Finance", confidence: 0.7 }])));
    const result = await createClassifier(config).classify(input);
    expect(result.suggestions).toEqual([{ topicId: FINANCE.id, confidence: 0.7 }]);
    expect(result.usage).toEqual({ inputTokens: 200, outputTokens: 40 });
    expect(chatRequests()).toHaveLength(2);
  });

  it("waits out a 429 with Retry-After and retries", async () => {
    fake.setHandler(chatReplies(rateLimited(1), topicAnswer([{ name: "Finance", confidence: 0.8 }])));
    const started = Date.now();
    const result = await createClassifier({ ...config, maxRetries: 1 }).classify(input);
    expect(result.suggestions).toEqual([{ topicId: FINANCE.id, confidence: 0.8 }]);
    expect(chatRequests()).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it("reports a 429 without retries left as retryable", async () => {
    fake.setHandler(chatReplies(rateLimited(1)));
    const err = await classifyError(config);
    expect(err.message).toMatch(/rate-limiting requests \(429\)/);
    expect(err.retryable).toBe(true);
  });

  it("reports a 500 readably", async () => {
    fake.setHandler(chatReplies(serverError(500)));
    const err = await classifyError(config);
    expect(err.message).toBe(`the model server at ${fake.baseURL} failed with status 500`);
    expect(err.retryable).toBe(true);
    expect(chatRequests()).toHaveLength(1);
  });

  it("reports a rejected API key", async () => {
    fake.setHandler(chatReplies(apiError(401, "Incorrect API key provided")));
    const err = await classifyError(config);
    expect(err.message).toMatch(/rejected the API key \(401\)/);
    expect(err.message).not.toContain("sk-test-1234");
    expect(err.retryable).toBe(false);
  });

  it("gives up on a server slower than timeoutMs", async () => {
    fake.setHandler(chatReplies(slow(3000)));
    const started = Date.now();
    const err = await classifyError({ ...config, timeoutMs: 300 });
    expect(err.message).toBe(`the model server at ${fake.baseURL} did not answer within 300 ms`);
    expect(err.retryable).toBe(true);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it("sends a strict json_schema whose enum is exactly the topic names", async () => {
    await createClassifier(config).classify({ ...input, text: "x".repeat(TEXT_BUDGET + 500) });
    const [request] = chatRequests();
    const body = request?.body as {
      model: string;
      response_format: { type: string; json_schema: { name: string; strict: boolean; schema: Record<string, unknown> } };
    };
    expect(body.model).toBe("gpt-4o-mini");
    expect(body.response_format.type).toBe("json_schema");
    expect(body.response_format.json_schema.strict).toBe(true);
    expect(body.response_format.json_schema.schema).toEqual({
      type: "object",
      properties: {
        topics: {
          type: "array",
          description: expect.any(String),
          items: {
            type: "object",
            properties: {
              name: { type: "string", enum: ["Finance", "Sports", "Health"] },
              confidence: { type: "number", description: expect.any(String) },
            },
            required: ["name", "confidence"],
            additionalProperties: false,
          },
        },
      },
      required: ["topics"],
      additionalProperties: false,
    });
    const system = messageText(request!, "system");
    for (const t of TOPICS) expect(system).toContain(t.description);
    const user = messageText(request!);
    expect(user).toContain("invoice-113.pdf");
    expect(user).toContain("x".repeat(TEXT_BUDGET));
    expect(user).not.toContain("x".repeat(TEXT_BUDGET + 1));
  });

  it("does not call the server without topics", async () => {
    const result = await createClassifier(config).classify({ ...input, topics: [] });
    expect(result.suggestions).toEqual([]);
    expect(fake.requests).toHaveLength(0);
  });

  it("lets the test decide by rule", async () => {
    fake.setHandler(answerTopics((req) => ({ topics: messageText(req).includes("INVOICE") ? [{ name: "Finance", confidence: 0.6 }] : [] })));
    const classifier = createClassifier(config);
    expect((await classifier.classify(input)).suggestions).toEqual([{ topicId: FINANCE.id, confidence: 0.6 }]);
    expect((await classifier.classify({ ...input, text: "nothing" })).suggestions).toEqual([]);
  });
});
