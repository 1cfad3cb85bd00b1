// Custom fields on the LLM path (issue 17 item 3, ADR 0033): the one classification call also fills the fields of
// the topics it chooses; values are checked like a person's and must be quoted from the document.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type ClassifierConfig, type FieldRef, answerCacheKey, countTokens, createClassifier, fieldSetVersion, promptTokens, systemPromptTokens } from "../src/index.ts";
import { type FakeOpenAI, answerTopics, isChatRequest, messageText, requestedFieldNames, startFakeOpenAI } from "../src/testing.ts";
import { FINANCE, HEALTH, INVOICE_TEXT, SPORTS, TOPICS } from "./fixtures.ts";

const field = (id: string, name: string, type: FieldRef["type"], topicIds: string[], options: string[] = []): FieldRef => ({ id, name, type, options, topicIds });
const TOTAL = field("f-total", "Total", "monetary", [FINANCE.id]);
const INVOICE_NO = field("f-number", "Invoice number", "text", [FINANCE.id]);
const DUE = field("f-due", "Due date", "date", [FINANCE.id]);
const KIND = field("f-kind", "Kind", "select", [FINANCE.id], ["Invoice", "Receipt"]);
const CLUB = field("f-club", "Club", "text", [SPORTS.id]);
const ELSEWHERE = field("f-other", "Ward", "text", ["not-a-listed-topic"]);
const FIELDS = [TOTAL, INVOICE_NO, DUE, KIND, CLUB, ELSEWHERE];

let fake: FakeOpenAI;
let config: ClassifierConfig;
const input = { text: INVOICE_TEXT, filename: "invoice-113.pdf", topics: TOPICS, fields: FIELDS };
const chats = () => fake.requests.filter(isChatRequest);

beforeAll(async () => {
  fake = await startFakeOpenAI();
  config = { provider: "openai", apiKey: "sk-test-1234", baseUrl: fake.baseURL, model: "gpt-4o-mini", timeoutMs: 5000, maxRetries: 0 };
  countTokens("warm up", "gpt-4o-mini");
}, 300_000);
afterAll(() => fake.close());
beforeEach(() => {
  fake.requests.length = 0;
  fake.setHandler();
});

describe("custom fields in the classification call", () => {
  it("asks for the fields of the listed topics in the same call and returns them checked and normalised", async () => {
    fake.setHandler(
      answerTopics(() => ({
        topics: [{ name: "Finance", confidence: 0.9, quote: "INVOICE No. 2024-113" }],
        fields: [
          { name: "Total", value: "84.2 eur", confidence: 0.95, quote: "Total due: 84.20 EUR" },
          { name: "Invoice number", value: "2024-113", confidence: 0.9, quote: "INVOICE No. 2024-113" },
          { name: "kind", value: "invoice", confidence: 0.8, quote: "INVOICE No." },
        ],
      })),
    );
    const result = await createClassifier(config).classify(input);
    expect(chats()).toHaveLength(1);
    expect(result.suggestions.map((s) => s.topicId)).toEqual([FINANCE.id]);
    expect(result.fields).toEqual([
      { fieldId: TOTAL.id, value: "84.20 EUR", confidence: 0.95, quote: "Total due: 84.20 EUR" },
      { fieldId: INVOICE_NO.id, value: "2024-113", confidence: 0.9, quote: "INVOICE No. 2024-113" },
      { fieldId: KIND.id, value: "Invoice", confidence: 0.8, quote: "INVOICE No." }, // the option as defined
    ]);

    const request = chats()[0]!;
    // Only fields of topics in the prompt; each with its type's format, a select field with its options.
    expect(requestedFieldNames(request)).toEqual(["Total", "Invoice number", "Due date", "Kind", "Club"]);
    const schema = (request.body as { response_format: { json_schema: { schema: { required: string[] } } } }).response_format.json_schema.schema;
    expect(schema.required).toEqual(["topics", "fields", "documentDate", "correspondent"]);
    const system = messageText(request, "system");
    expect(system).toContain('- "Total" (of "Finance"): an amount like 1234.50 EUR');
    expect(system).toContain('- "Due date" (of "Finance"): a date as YYYY-MM-DD');
    expect(system).toContain('- "Kind" (of "Finance"): one of "Invoice", "Receipt"');
    expect(system).toContain('- "Club" (of "Sports"): text as printed');
    expect(system).not.toContain("Ward");
  });

  it("drops a value its type refuses, one whose quote is not in the document, and fields of topics it did not choose", async () => {
    fake.setHandler(
      answerTopics(() => ({
        topics: [{ name: "Finance", confidence: 0.6, quote: "" }],
        fields: [
          { name: "Due date", value: "17.03.2024", confidence: 0.9, quote: "within 14 days" }, // not YYYY-MM-DD
          { name: "Kind", value: "Credit note", confidence: 0.9, quote: "INVOICE" }, // not an option
          { name: "Total", value: "84.20 EUR", confidence: 0.9, quote: "Amount payable: 84.20 EUR" }, // not in the text
          { name: "Invoice number", value: "2024-113", confidence: 0.9, quote: "" }, // no quote
          { name: "Club", value: "ACME", confidence: 0.9, quote: "ACME Office Supplies Ltd." }, // Sports not chosen
          { name: "Ward", value: "B", confidence: 0.9, quote: "ACME" }, // not offered
          { name: "Total", value: "84.20", confidence: 7, quote: "Total due: 84.20 EUR" }, // kept, confidence clamped
        ],
      })),
    );
    const result = await createClassifier(config).classify(input);
    expect(result.fields).toEqual([{ fieldId: TOTAL.id, value: "84.20", confidence: 1, quote: "Total due: 84.20 EUR" }]);
  });

  it("sends no fields schema when the listed topics have no fields, and a server that leaves fields out is fine", async () => {
    const result = await createClassifier(config).classify({ ...input, fields: [field("x", "Dose", "text", [HEALTH.id])], topics: [FINANCE, SPORTS] });
    expect(requestedFieldNames(chats()[0]!)).toEqual([]);
    expect(messageText(chats()[0]!, "system")).not.toContain("fields");
    expect(result.fields).toEqual([]);
    // The default fake answer has topics only, even when fields were asked for.
    expect((await createClassifier(config).classify({ ...input, text: `${INVOICE_TEXT} Finance` })).fields).toEqual([]);
  });

  it("counts the fields in the token estimate, and a changed definition changes the field set's version", () => {
    const options = { model: "gpt-4o-mini", maxInputTokens: 1200, allowNewTopics: false };
    const withFields = systemPromptTokens(TOPICS, options, [], FIELDS);
    expect(withFields).toBeGreaterThan(systemPromptTokens(TOPICS, options) + 50);
    expect(promptTokens(input, options)).toBeGreaterThan(promptTokens({ ...input, fields: [] }, options) + 50);

    const version = fieldSetVersion(FIELDS);
    expect(fieldSetVersion([...FIELDS].reverse())).toBe(version);
    expect(fieldSetVersion(FIELDS.map((f) => (f === KIND ? { ...f, options: ["Invoice", "Receipt", "Quote"] } : f)))).not.toBe(version);
    expect(fieldSetVersion(FIELDS.map((f) => (f === DUE ? { ...f, type: "text" as const } : f)))).not.toBe(version);
    expect(fieldSetVersion(FIELDS.map((f) => (f === TOTAL ? { ...f, name: "Amount" } : f)))).not.toBe(version);
    expect(fieldSetVersion(FIELDS.map((f) => (f === CLUB ? { ...f, topicIds: [SPORTS.id, HEALTH.id] } : f)))).not.toBe(version);
    // The answer cache's key carries it; without fields the key is what it was.
    const parts = { ownerId: null, text: INVOICE_TEXT, promptVersion: "openai-3", topicSetVersion: "t", model: "gpt-4o-mini" };
    const changed = fieldSetVersion(FIELDS.map((f) => (f === TOTAL ? { ...f, type: "number" as const } : f)));
    expect(answerCacheKey({ ...parts, fieldSetVersion: version })).not.toBe(answerCacheKey({ ...parts, fieldSetVersion: changed }));
    expect(answerCacheKey({ ...parts, fieldSetVersion: null })).toBe(answerCacheKey(parts));
  });
});
