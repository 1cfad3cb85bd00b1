import { RateLimitError } from "openai";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  ClassificationError,
  type ClassifierConfig,
  PROMPT_VERSION,
  countTokens,
  createClassifier,
  createLimiter,
  estimateCostUsd,
} from "../src/index.ts";
import { MAX_RETRY_AFTER_MS, retryDelayMs } from "../src/openai/retry.ts";
import { promptVersionFor } from "../src/index.ts";
import {
  type FakeOpenAI,
  answerTopics,
  apiError,
  chatCompletion,
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
  countTokens("warm up", "gpt-4o-mini"); // loading the tokenizer takes a moment
}, 300_000);
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

interface SentBody {
  model: string;
  response_format: { type: string; json_schema: { name: string; strict: boolean; schema: { properties: Record<string, unknown>; required: string[] } } };
}

describe("openai classifier", () => {
  it("maps the answered names back to ids, best first, with usage and cost", async () => {
    fake.setHandler(
      chatReplies(
        topicAnswer(
          [
            { name: "Health", confidence: 0.3, quote: "" },
            { name: "Finance", confidence: 0.85, quote: "Total due: 84.20 EUR" },
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
        { topicId: FINANCE.id, confidence: 0.85, quote: "Total due: 84.20 EUR" },
        { topicId: HEALTH.id, confidence: 0.3, quote: null },
      ],
      proposedTopic: null,
      usage: { inputTokens: 321, outputTokens: 17 },
    });
    expect(result.costUsd).toBeCloseTo(estimateCostUsd("gpt-4o-mini", 321, 17)!, 12);
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    expect(chatRequests()[0]?.headers.authorization).toBe("Bearer sk-test-1234");
  });

  it("has no cost for a model without a known price", async () => {
    const result = await createClassifier({ ...config, model: "llama3.1" }).classify({ ...input, text: "Sports club newsletter." });
    expect(result.suggestions).toEqual([{ topicId: SPORTS.id, confidence: 0.9, quote: null }]);
    expect(result.usage?.inputTokens).toBeGreaterThan(0);
    expect(result.costUsd).toBeNull();
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
    expect(suggestions.map(({ topicId, confidence }) => ({ topicId, confidence }))).toEqual([
      { topicId: FINANCE.id, confidence: 1 },
      { topicId: SPORTS.id, confidence: 0 },
    ]);
  });

  it("keeps only quotes that occur in the document (ignoring case and spacing)", async () => {
    const long = `${"Please pay the invoiced amount to our bank account within 14 days. ".repeat(4)}`;
    fake.setHandler(
      chatReplies(
        topicAnswer([
          { name: "Finance", confidence: 0.9, quote: "“total DUE:   84.20 EUR incl. VAT.”" },
          { name: "Sports", confidence: 0.2, quote: "The club thanks you for your membership." },
          { name: "Health", confidence: 0.1, quote: "..." },
        ]),
      ),
    );
    const { suggestions } = await createClassifier(config).classify(input);
    expect(suggestions.map((s) => s.quote)).toEqual(["total DUE:   84.20 EUR incl. VAT.", null, null]);

    fake.setHandler(chatReplies(topicAnswer([{ name: "Finance", confidence: 0.9, quote: long }])));
    const [first] = (await createClassifier(config).classify({ ...input, text: long })).suggestions;
    expect(first!.quote!.length).toBeLessThanOrEqual(200);
    expect(long).toContain(first!.quote);
  });

  it("accepts an empty list as 'no topic fits'", async () => {
    fake.setHandler(chatReplies(topicAnswer([])));
    expect((await createClassifier(config).classify(input)).suggestions).toEqual([]);
  });

  it("asks once more after invalid JSON, then gives up with the reason", async () => {
    fake.setHandler(chatReplies(malformedAnswer(), malformedAnswer()));
    const err = await classifyError(config);
    expect(err.message).toMatch(/^the model answered with invalid JSON twice \(.+\)/);
    expect(chatRequests()).toHaveLength(2);
  });

  it("succeeds when the second answer is valid, counting both answers' tokens", async () => {
    fake.setHandler(chatReplies(malformedAnswer(), topicAnswer([{ name: "Finance", confidence: 0.7 }])));
    const result = await createClassifier(config).classify(input);
    expect(result.suggestions).toEqual([{ topicId: FINANCE.id, confidence: 0.7, quote: null }]);
    expect(result.usage).toEqual({ inputTokens: 200, outputTokens: 40 });
    expect(chatRequests()).toHaveLength(2);
  });

  it("reports a rejected API key, not retryable, without the key", async () => {
    fake.setHandler(chatReplies(apiError(401, "Incorrect API key provided")));
    const err = await classifyError({ ...config, maxRetries: 2 });
    expect(err.message).toMatch(/rejected the API key \(401\)/);
    expect(err.message).not.toContain("sk-test-1234");
    expect(err.retryable).toBe(false);
    expect(chatRequests()).toHaveLength(1);
  });

  it("gives up on a server slower than timeoutMs", async () => {
    fake.setHandler(chatReplies(slow(3000)));
    const err = await classifyError({ ...config, timeoutMs: 300 });
    expect(err.message).toBe(`the model server at ${fake.baseURL} did not answer within 300 ms`);
    expect(err.retryable).toBe(true);
  });

  it("without topics still asks, in one call, for the date and the sender only (issue 17)", async () => {
    fake.setHandler(
      answerTopics(() => ({
        topics: [{ name: "Finance", confidence: 0.9, quote: "" }], // not asked for: ignored
        documentDate: { date: "2024-03-03", confidence: 0.9, quote: "Date: 3 March 2024" },
        correspondent: { name: "ACME Office Supplies Ltd.", confidence: 0.8, quote: "ACME Office Supplies Ltd." },
      })),
    );
    const result = await createClassifier({ ...config, allowNewTopics: true }).classify({ ...input, topics: [] });
    expect(result.suggestions).toEqual([]);
    expect(result.proposedTopic).toBeNull();
    expect(result.documentDate).toEqual({ date: "2024-03-03", confidence: 0.9, quote: "Date: 3 March 2024" });
    expect(result.correspondent).toMatchObject({ name: "ACME Office Supplies Ltd." });
    expect(result.usage?.inputTokens).toBeGreaterThan(0); // a paid call, counted like any other
    const chats = fake.requests.filter(isChatRequest);
    expect(chats).toHaveLength(1);
    const schema = (chats[0]!.body as { response_format: { json_schema: { schema: { properties: object; required: string[] } } } }).response_format.json_schema.schema;
    expect(Object.keys(schema.properties)).toEqual(["documentDate", "correspondent"]);
    expect(schema.required).toEqual(["documentDate", "correspondent"]);
    const system = messageText(chats[0]!, "system");
    expect(system).toContain("documentDate");
    expect(system).not.toContain("Topics (name");
    expect(promptVersionFor([])).not.toBe(promptVersionFor(TOPICS));
  });

  it("lets the test decide by rule", async () => {
    fake.setHandler(answerTopics((req) => ({ topics: messageText(req).includes("INVOICE") ? [{ name: "Finance", confidence: 0.6 }] : [] })));
    const classifier = createClassifier(config);
    expect((await classifier.classify(input)).suggestions).toEqual([{ topicId: FINANCE.id, confidence: 0.6, quote: null }]);
    expect((await classifier.classify({ ...input, text: "nothing" })).suggestions).toEqual([]);
  });
});

describe("retries", () => {
  it("waits out a 429 for its Retry-After seconds, then succeeds", async () => {
    fake.setHandler(chatReplies(rateLimited(1), topicAnswer([{ name: "Finance", confidence: 0.8 }])));
    const started = Date.now();
    const result = await createClassifier({ ...config, maxRetries: 1 }).classify(input);
    expect(result.suggestions).toEqual([{ topicId: FINANCE.id, confidence: 0.8, quote: null }]);
    expect(chatRequests()).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it("honours Retry-After given as an HTTP date", async () => {
    // HTTP dates have whole seconds: 2 s ahead means a wait of more than 1 s.
    const until = new Date(Date.now() + 2000).toUTCString();
    fake.setHandler(chatReplies({ ...serverError(503), headers: { "retry-after": until } }));
    const started = Date.now();
    const result = await createClassifier({ ...config, maxRetries: 1 }).classify({ ...input, text: "Sports day" });
    expect(result.suggestions.map((s) => s.topicId)).toEqual([SPORTS.id]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it("backs off on a 500 without Retry-After", async () => {
    fake.setHandler(chatReplies(serverError(500), topicAnswer([{ name: "Finance", confidence: 0.8 }])));
    const started = Date.now();
    await createClassifier({ ...config, maxRetries: 2 }).classify(input);
    expect(chatRequests()).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(370); // 0.5 s less up to 25% jitter
  });

  it("reports a 429 without retries left as retryable", async () => {
    fake.setHandler(chatReplies(rateLimited(1)));
    const err = await classifyError(config);
    expect(err.message).toMatch(/rate-limiting requests \(429\)/);
    expect(err.retryable).toBe(true);
  });

  it("reports a 500 readably after the retries", async () => {
    fake.setHandler(chatReplies(serverError(500), serverError(502)));
    const err = await classifyError({ ...config, maxRetries: 1 });
    expect(err.message).toBe(`the model server at ${fake.baseURL} failed with status 502`);
    expect(err.retryable).toBe(true);
    expect(chatRequests()).toHaveLength(2);
  });

  it("does not retry an exhausted quota", async () => {
    fake.setHandler(chatReplies(apiError(429, "You exceeded your current quota", { code: "insufficient_quota" })));
    const err = await classifyError({ ...config, maxRetries: 3 });
    expect(err.message).toMatch(/no quota left/);
    expect(chatRequests()).toHaveLength(1);
  });

  it("caps a long Retry-After and reads both forms", () => {
    const limited = (headers: Record<string, string>) => new RateLimitError(429, undefined, "slow down", new Headers(headers));
    expect(retryDelayMs(limited({ "retry-after": "3600" }), 0)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryDelayMs(limited({ "retry-after": "2" }), 0)).toBe(2000);
    expect(retryDelayMs(limited({ "retry-after-ms": "250" }), 0)).toBe(250);
    const now = Date.parse("2025-01-01T00:00:00Z");
    expect(retryDelayMs(limited({ "retry-after": "Wed, 01 Jan 2025 00:00:05 GMT" }), 0, now)).toBe(5000);
    expect(retryDelayMs(limited({ "retry-after": "soon" }), 3)).toBeLessThanOrEqual(4000);
    expect(retryDelayMs(limited({ "x-should-retry": "false" }), 0)).toBeNull();
  });
});

describe("request", () => {
  it("sends a strict json_schema: the topic names as enum, a quote per topic, no newTopic by default", async () => {
    await createClassifier(config).classify(input);
    const body = chatRequests()[0]?.body as SentBody;
    expect(body.model).toBe("gpt-4o-mini");
    expect(body.response_format.type).toBe("json_schema");
    expect(body.response_format.json_schema.strict).toBe(true);
    const schema = body.response_format.json_schema.schema;
    expect(schema.required).toEqual(["topics", "documentDate", "correspondent"]);
    expect(schema.properties.topics).toMatchObject({
      items: {
        properties: { name: { type: "string", enum: ["Finance", "Sports", "Health"] }, confidence: { type: "number" }, quote: { type: "string" } },
        required: ["name", "confidence", "quote"],
        additionalProperties: false,
      },
    });
    const system = messageText(chatRequests()[0]!, "system");
    for (const t of TOPICS) expect(system).toContain(t.description);
    expect(system).not.toContain("newTopic");
    expect(messageText(chatRequests()[0]!)).toContain("invoice-113.pdf");
    expect(PROMPT_VERSION).toBeGreaterThanOrEqual(2);
  });

  it("cuts a long document to the token budget, keeping its beginning and end", async () => {
    const text = Array.from({ length: 2000 }, (_, i) => `Line ${i} of the annual report.`).join("\n");
    await createClassifier({ ...config, maxInputTokens: 300 }).classify({ ...input, text });
    const user = messageText(chatRequests()[0]!);
    const sent = /"""\n([\s\S]*)\n"""/.exec(user)![1]!;
    expect(countTokens(sent, "gpt-4o-mini")).toBeLessThanOrEqual(300);
    expect(sent.startsWith("Line 0 of the annual report.")).toBe(true);
    expect(sent.endsWith("Line 1999 of the annual report.")).toBe(true);
    expect(sent).toMatch(/tokens omitted/);
    expect(user).toMatch(/tokens in full/);
  });

  it("shows at most two short confirmed examples per topic", async () => {
    const long = `Bank statement ${"with many payment lines ".repeat(100)}`;
    const examples = [
      { text: long, topicIds: [FINANCE.id] },
      { text: "Insurance policy renewal notice.", topicIds: [FINANCE.id] },
      { text: "Tax assessment for 2023.", topicIds: [FINANCE.id] },
      { text: "Marathon training schedule.", topicIds: [SPORTS.id] },
      { text: "Birthday card from grandma.", topicIds: [] },
      { text: "Filed under a topic that was deleted.", topicIds: ["gone"] },
    ];
    await createClassifier(config).classify({ ...input, examples });
    const system = messageText(chatRequests()[0]!, "system");
    expect(system).toContain("Insurance policy renewal notice.");
    expect(system).not.toContain("Tax assessment");
    expect(system).toContain('"Sports": "Marathon training schedule."');
    expect(system).toContain('no topic: "Birthday card from grandma."');
    expect(system).not.toContain("deleted");
    const shown = /"Finance": "(Bank statement[^"]*)"/.exec(system)![1]!;
    expect(countTokens(shown, "gpt-4o-mini")).toBeLessThanOrEqual(60);
  });
});

describe("new topics", () => {
  const withNewTopic = (newTopic: unknown) =>
    chatReplies(chatCompletion(JSON.stringify({ topics: [{ name: "Finance", confidence: 0.4, quote: "" }], newTopic })));

  it("passes a proposed topic through only when allowNewTopics is set", async () => {
    const proposal = { name: "Office supplies", description: "Orders and invoices for paper, toner and stationery." };
    fake.setHandler(withNewTopic(proposal));
    const on = await createClassifier({ ...config, allowNewTopics: true }).classify(input);
    expect(on.proposedTopic).toEqual(proposal);
    expect(on.suggestions.map((s) => s.topicId)).toEqual([FINANCE.id]);
    const body = chatRequests()[0]?.body as SentBody;
    expect(body.response_format.json_schema.schema.required).toEqual(["topics", "documentDate", "correspondent", "newTopic"]);
    expect(messageText(chatRequests()[0]!, "system")).toContain("newTopic");

    fake.setHandler(withNewTopic(proposal));
    expect((await createClassifier(config).classify(input)).proposedTopic).toBeNull();
  });

  it("ignores a 'new' topic that already exists, and null", async () => {
    fake.setHandler(withNewTopic({ name: "finance", description: "Money." }));
    expect((await createClassifier({ ...config, allowNewTopics: true }).classify(input)).proposedTopic).toBeNull();
    fake.setHandler(withNewTopic(null));
    expect((await createClassifier({ ...config, allowNewTopics: true }).classify(input)).proposedTopic).toBeNull();
  });
});

describe("concurrency limit", () => {
  it("keeps at most N requests in flight across classifiers sharing a limiter", async () => {
    fake.setHandler((req) => (isChatRequest(req) ? slow(150) : undefined));
    fake.concurrency.reset();
    const limiter = createLimiter(2);
    const a = createClassifier({ ...config, limiter });
    const b = createClassifier({ ...config, limiter });
    await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).classify(input)));
    expect(chatRequests()).toHaveLength(6);
    expect(fake.concurrency.max).toBe(2);
  });

  it("without a limiter, calls run in parallel", async () => {
    fake.setHandler((req) => (isChatRequest(req) ? slow(150) : undefined));
    fake.concurrency.reset();
    const classifier = createClassifier(config);
    await Promise.all(Array.from({ length: 4 }, () => classifier.classify(input)));
    expect(fake.concurrency.max).toBe(4);
  });
});
