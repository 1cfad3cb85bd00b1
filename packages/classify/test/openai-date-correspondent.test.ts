// The document's date and sender on the LLM path (issue 17): the one classification call reads them too; a date is
// kept only when it is a real date from 1900 to tomorrow, a sender only by name; both only when quoted from the text.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ClassifierConfig, PROMPT_VERSION, createClassifier } from "../src/index.ts";
import { type FakeOpenAI, answerTopics, isChatRequest, messageText, startFakeOpenAI } from "../src/testing.ts";
import { INVOICE_TEXT, TOPICS } from "./fixtures.ts";

let fake: FakeOpenAI;
let config: ClassifierConfig;
const input = { text: INVOICE_TEXT, filename: "invoice-113.pdf", topics: TOPICS };
const chats = () => fake.requests.filter(isChatRequest);
const finance = [{ name: "Finance", confidence: 0.9, quote: "INVOICE No. 2024-113" }];
type Schema = { properties: Record<string, { anyOf?: { type: string; required?: string[] }[] }>; required: string[] };
const schemaOf = (i: number) => (chats()[i]!.body as { response_format: { json_schema: { schema: Schema } } }).response_format.json_schema.schema;

beforeAll(async () => {
  fake = await startFakeOpenAI();
  config = { provider: "openai", apiKey: "sk-test-1234", baseUrl: fake.baseURL, model: "gpt-4o-mini", timeoutMs: 5000, maxRetries: 0 };
}, 300_000);
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.setHandler();
});

describe("the document's date and sender in the classification call", () => {
  it("asks for both in the one call, nullable, and returns them quoted", async () => {
    fake.setHandler(
      answerTopics(() => ({
        topics: finance,
        documentDate: { date: "2024-03-03", confidence: 0.92, quote: "Date: 3 March 2024" },
        correspondent: { name: "ACME  Office Supplies Ltd.", confidence: 0.88, quote: "ACME Office Supplies Ltd." },
      })),
    );
    const result = await createClassifier(config).classify(input);
    expect(chats()).toHaveLength(1);
    expect(result.documentDate).toEqual({ date: "2024-03-03", confidence: 0.92, quote: "Date: 3 March 2024" });
    expect(result.correspondent).toEqual({ name: "ACME Office Supplies Ltd.", confidence: 0.88, quote: "ACME Office Supplies Ltd." });

    const schema = schemaOf(0);
    expect(schema.required).toEqual(["topics", "documentDate", "correspondent"]);
    expect(schema.properties.documentDate!.anyOf!.map((a) => a.type)).toEqual(["object", "null"]);
    expect(schema.properties.documentDate!.anyOf![0]!.required).toEqual(["date", "confidence", "quote"]);
    expect(schema.properties.correspondent!.anyOf![0]!.required).toEqual(["name", "confidence", "quote"]);
    const system = messageText(chats()[0]!, "system");
    expect(system).toContain("documentDate");
    expect(system).toContain("not the recipient");
    expect(PROMPT_VERSION).toBe(4);
  });

  it.each([
    ["not YYYY-MM-DD", { date: "03.03.2024", confidence: 0.9, quote: "Date: 3 March 2024" }],
    ["no such day", { date: "2024-02-30", confidence: 0.9, quote: "Date: 3 March 2024" }],
    ["before 1900", { date: "1899-12-31", confidence: 0.9, quote: "Date: 3 March 2024" }],
    ["in the future", { date: "2999-03-03", confidence: 0.9, quote: "Date: 3 March 2024" }],
    ["quote not in the text", { date: "2024-03-03", confidence: 0.9, quote: "Dated 3rd March 2024" }],
    ["no quote", { date: "2024-03-03", confidence: 0.9, quote: "" }],
  ])("drops a date %s", async (_why, documentDate) => {
    fake.setHandler(answerTopics(() => ({ topics: finance, documentDate })));
    expect((await createClassifier(config).classify(input)).documentDate).toBeNull();
  });

  it("drops a sender whose quote is not in the text, or with no name; null and a missing answer are no value", async () => {
    fake.setHandler(answerTopics(() => ({ topics: finance, correspondent: { name: "ACME", confidence: 0.9, quote: "ACME Office Supplies GmbH" } })));
    expect((await createClassifier(config).classify(input)).correspondent).toBeNull();
    fake.setHandler(answerTopics(() => ({ topics: finance, correspondent: { name: " ", confidence: 0.9, quote: "ACME Office Supplies Ltd." } })));
    expect((await createClassifier(config).classify(input)).correspondent).toBeNull();
    fake.setHandler(answerTopics(() => ({ topics: finance, documentDate: null, correspondent: null })));
    const result = await createClassifier(config).classify(input);
    expect([result.documentDate, result.correspondent]).toEqual([null, null]);
    fake.setHandler(answerTopics(() => ({ topics: finance })));
    expect((await createClassifier(config).classify(input)).documentDate).toBeNull();
  });

  it("confidence is clamped to [0, 1]", async () => {
    fake.setHandler(
      answerTopics(() => ({
        topics: finance,
        documentDate: { date: "2024-03-03", confidence: 3, quote: "3 March 2024" },
        correspondent: { name: "ACME", confidence: -1, quote: "ACME Office" },
      })),
    );
    const result = await createClassifier(config).classify(input);
    expect([result.documentDate?.confidence, result.correspondent?.confidence]).toEqual([1, 0]);
  });
});
