// The offline classifier with the real sentence encoder (loaded once per file, a few seconds).
import { beforeAll, describe, expect, it } from "vitest";
import { EMBEDDING_VERSION, LocalClassifier, type SentenceEncoder, embedDocument, trainLocalModel } from "../src/index.ts";
import { GENERAL_EMBEDDING_VERSION } from "../src/local/general.ts";
import { rankTopics, suggest } from "../src/local/classifier.ts";
import { sentenceEncoder } from "../src/local/encoder.ts";
import { LINEAR_MIN_EXAMPLES, modelKey, trainUncached } from "../src/local/model.ts";
import { countingEncoder } from "./counting-encoder.ts";
import { FINANCE, HEALTH, INVOICE_TEXT, SPORTS, TOPICS } from "./fixtures.ts";
import { OFF_TOPIC_TEXTS } from "./off-topic.ts";
import { PROJECT_TOPICS, syntheticDocument, syntheticExamples } from "./synthetic.ts";

/** packages/config's default CLASSIFY_THRESHOLD. */
const APPLY_THRESHOLD = 0.8;

let encoder: SentenceEncoder;
beforeAll(async () => {
  encoder = await sentenceEncoder();
}, 300_000);

const MEDICAL_LETTER =
  "Dear Dr. Patel, I am writing about your patient Mrs. Jones, who was admitted to the hospital last week with chest pain. " +
  "Her blood tests and ECG were normal. We prescribed aspirin and arranged a follow-up appointment at the cardiology clinic.";
const TENNIS_NEWSLETTER =
  "Club newsletter: the tennis club's summer tournament starts on Saturday. Match schedules are on the board in the clubhouse, " +
  "training for juniors moves to Tuesday evenings, and membership fees for next season are due by the end of the month.";

describe("local classifier", () => {
  it("files an invoice under Finance with a quote from the text, and nothing else above the threshold", async () => {
    const result = await new LocalClassifier({ encoder: async () => encoder }).classify({ text: INVOICE_TEXT, filename: "scan-0042.pdf", topics: TOPICS });
    expect(result).toMatchObject({ provider: "local", model: null, usage: null, costUsd: null, proposedTopic: null });
    const [first, ...rest] = result.suggestions;
    expect(first?.topicId).toBe(FINANCE.id);
    expect(first!.confidence).toBeGreaterThan(0.5);
    expect(INVOICE_TEXT).toContain(first!.quote);
    for (const s of rest) expect(s.confidence).toBeLessThan(0.5);
  });

  it("ranks the right topic first for other clear documents; confidences in [0, 1], best first", async () => {
    for (const [text, topic] of [
      [MEDICAL_LETTER, HEALTH],
      [TENNIS_NEWSLETTER, SPORTS],
    ] as const) {
      const suggestions = await rankTopics({ text, filename: "", topics: TOPICS }, encoder);
      expect(suggestions[0]?.topicId).toBe(topic.id);
      const confidences = suggestions.map((s) => s.confidence);
      expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
      for (const c of confidences) expect(c >= 0 && c <= 1).toBe(true);
    }
  });

  it("has no suggestions without topics", async () => {
    expect(await rankTopics({ text: INVOICE_TEXT, filename: "x.pdf", topics: [] }, encoder)).toEqual([]);
  });

  // Measured: 97 % at 0.8, 86 % at 0.5 (legal boilerplate reads like "insurance policies" to the encoder).
  it("applies no topic to documents outside every topic at the default apply threshold", async () => {
    let abstained = 0;
    for (const text of OFF_TOPIC_TEXTS) {
      const [top] = await rankTopics({ text, filename: "", topics: TOPICS }, encoder);
      if ((top?.confidence ?? 0) < APPLY_THRESHOLD) abstained++;
    }
    expect(abstained / OFF_TOPIC_TEXTS.length).toBeGreaterThanOrEqual(0.95);
  });
});

describe("stored vectors and the encoder", () => {
  it("measures from a general centre made with the current encoder (else: pnpm --filter @docscan/classify build:general)", () => {
    expect(GENERAL_EMBEDDING_VERSION).toBe(EMBEDDING_VERSION);
  });

  it("never encodes a document whose vector is given, and encodes topic descriptions once per topic set", async () => {
    const counting = countingEncoder(encoder);
    const classifier = new LocalClassifier({ encoder: async () => counting });
    const topics = TOPICS.map((t) => ({ ...t, description: `${t.description} (vector test)` })); // not cached yet
    const vector = await embedDocument(MEDICAL_LETTER, "letter.pdf");
    const first = await classifier.classify({ text: MEDICAL_LETTER, filename: "letter.pdf", topics, vector });
    expect(counting.encoded.length).toBeGreaterThan(0); // the three descriptions' names and items
    expect(counting.encoded).not.toContain(MEDICAL_LETTER);
    expect(counting.encoded.some((t) => t.includes("Dear Dr. Patel"))).toBe(false);
    const afterFirst = counting.encoded.length;
    const second = await classifier.classify({ text: MEDICAL_LETTER, filename: "letter.pdf", topics, vector });
    expect(counting.encoded.length).toBe(afterFirst); // nothing at all the second time
    expect(second.suggestions).toEqual(first.suggestions);
    // Without a vector the document is encoded, once, as embedDocument would: same vector, same answer.
    const third = await classifier.classify({ text: MEDICAL_LETTER, filename: "letter.pdf", topics });
    expect(counting.encoded.length).toBe(afterFirst + 1);
    expect(third.suggestions).toEqual(first.suggestions);
  });

  it("uses examples' stored vectors instead of encoding their texts", async () => {
    const counting = countingEncoder(encoder);
    const examples = syntheticExamples(3);
    const withVectors = await Promise.all(examples.map(async (e) => ({ ...e, vector: (await encoder.embed([e.text]))[0]! })));
    await trainLocalModel({ topics: PROJECT_TOPICS, examples: withVectors }, counting);
    for (const e of examples) expect(counting.encoded).not.toContain(e.text);
  });
});

describe("a person's rejections", () => {
  it("never suggests a topic a person rejected for that very document, and lowers it for similar ones", async () => {
    const text = "Invoice 2024-77 from the garage: new brake pads and an oil change, 240 EUR including VAT, payable within 30 days to our bank account.";
    const similar = "Invoice 2024-78 from the garage: new tyres and a wheel alignment, 310 EUR including VAT, payable within 30 days to our bank account.";
    const vector = await embedDocument(text);
    const before = await rankTopics({ text, filename: "", topics: TOPICS, vector }, encoder);
    expect(before[0]?.topicId).toBe(FINANCE.id); // so the test can fail
    const examples = [{ text, topicIds: [], rejectedTopicIds: [FINANCE.id], vector }];
    const after = await rankTopics({ text, filename: "", topics: TOPICS, vector, examples }, encoder);
    expect(after.map((s) => s.topicId)).not.toContain(FINANCE.id);
    // The same document found by its text when no vector is handed over.
    const byText = await rankTopics({ text, filename: "", topics: TOPICS, examples }, encoder);
    expect(byText.map((s) => s.topicId)).not.toContain(FINANCE.id);
    // A similar document may still get the topic, with less confidence than before.
    const conf = async (ex: typeof examples | undefined) =>
      (await rankTopics({ text: similar, filename: "", topics: TOPICS, examples: ex }, encoder)).find((s) => s.topicId === FINANCE.id)?.confidence ?? 0;
    expect(await conf(examples)).toBeLessThan(await conf(undefined));
  });
});

describe("learning from confirmed examples", () => {
  const test = PROJECT_TOPICS.flatMap((t) => Array.from({ length: 8 }, (_, i) => ({ text: syntheticDocument(t.id, 20 + i), topicId: t.id })));
  /** Share ranked right (any confidence) and the mean confidence of the right topic. */
  const measure = async (examples: ReturnType<typeof syntheticExamples>) => {
    const model = await trainLocalModel({ topics: PROJECT_TOPICS, examples }, encoder);
    let correct = 0;
    let confidence = 0;
    for (const d of test) {
      const suggestions = suggest(model, d.text, (await encoder.embed([d.text]))[0]!);
      if (suggestions[0]?.topicId === d.topicId) correct++;
      confidence += suggestions.find((s) => s.topicId === d.topicId)?.confidence ?? 0;
    }
    return { top1: correct / test.length, confidence: confidence / test.length };
  };

  it("learns topics whose names say nothing about their documents", async () => {
    const before = await measure([]);
    const after = await measure(syntheticExamples(5));
    expect(before.top1).toBeLessThan(0.75);
    expect(after.top1).toBe(1);
    expect(after.confidence).toBeGreaterThan(before.confidence + 0.2);
  });

  it("adds the confirmed examples' words to the ranking, only once there are examples", async () => {
    const described = await trainLocalModel({ topics: PROJECT_TOPICS }, encoder);
    const model = await trainLocalModel({ topics: PROJECT_TOPICS, examples: syntheticExamples(5) }, encoder);
    expect(described.lexical).toBeNull();
    expect(model.lexical).not.toBeNull();
    // The same vector (a Falcon document's) scored with its own text and with a Heron document's words.
    const falcon = syntheticDocument("t-falcon", 40);
    const vector = (await encoder.embed([falcon]))[0]!;
    const heronOf = (text: string) => suggest(model, text, vector).find((s) => s.topicId === "t-heron")?.confidence ?? 0;
    expect(heronOf(syntheticDocument("t-heron", 40))).toBeGreaterThan(heronOf(falcon) + 0.01);
    // Without the model's examples, the text does not matter.
    const plain = (text: string) => suggest(described, text, vector).map((s) => s.confidence);
    expect(plain(syntheticDocument("t-heron", 40))).toEqual(plain(falcon));
  });

  it("brings in the linear model once every topic has enough examples", async () => {
    const few = await trainLocalModel({ topics: PROJECT_TOPICS, examples: syntheticExamples(5) }, encoder);
    const many = await trainLocalModel({ topics: PROJECT_TOPICS, examples: syntheticExamples(LINEAR_MIN_EXAMPLES) }, encoder);
    expect(few.kind).toBe("documents");
    expect(few.linear).toBeNull();
    expect(many.kind).toBe("linear");
    const text = syntheticDocument("t-heron", 99);
    expect(suggest(many, text, (await encoder.embed([text]))[0]!)[0]?.topicId).toBe("t-heron");
  });

  it("can suggest two topics for a document like multi-label examples", async () => {
    const both = [FINANCE.id, SPORTS.id];
    const examples = [
      { text: "Invoice: annual membership fee for the tennis club, 120 EUR, due in March.", topicIds: both },
      { text: "Football club membership fee invoice for the youth team, please pay by transfer.", topicIds: both },
      { text: "Invoice for the squash club season fee and court hire, payable within 14 days.", topicIds: both },
      { text: "Bank statement for March: salary, rent and card payments.", topicIds: [FINANCE.id] },
      { text: "Training plan for the under-12 football team: drills on Tuesday and Thursday.", topicIds: [SPORTS.id] },
      { text: "Lab results from the hospital: blood count within normal range.", topicIds: [HEALTH.id] },
    ];
    const text = "Invoice: membership fee for the rowing club season, 95 EUR, please pay the club treasurer within 30 days.";
    const suggestions = await rankTopics({ text, filename: "", topics: TOPICS, examples }, encoder);
    const ids = suggestions.filter((s) => s.confidence >= 0.2).map((s) => s.topicId);
    expect(ids).toContain(FINANCE.id);
    expect(ids).toContain(SPORTS.id);
  });
});

describe("self-training on the owner's library", () => {
  const library = async () => encoder.embed(PROJECT_TOPICS.flatMap((t) => Array.from({ length: 10 }, (_, i) => syntheticDocument(t.id, 40 + i))));

  it("lets confident library documents join topics, deterministically", async () => {
    const input = { topics: PROJECT_TOPICS, examples: syntheticExamples(2), library: await library() };
    const a = await trainUncached(input, encoder);
    const b = await trainUncached({ ...input, topics: [...PROJECT_TOPICS].reverse() }, encoder);
    expect(a.selfTrained).toBeGreaterThan(0);
    expect(b).toEqual(a);
    expect(modelKey(input)).toBe(modelKey({ ...input, topics: [...PROJECT_TOPICS].reverse() }));
    expect(modelKey(input)).not.toBe(modelKey({ ...input, library: input.library.slice(1) }));
  });

  it("trains the same model from the cosines it keeps per library vector as from fresh copies (ADR 0044)", async () => {
    const docs = await library();
    const base = { topics: PROJECT_TOPICS, examples: syntheticExamples(2), library: docs };
    // A changed topic, as a trial's: the other topics' vectors and items are shared with the model trained before.
    const changed = { ...base, topics: PROJECT_TOPICS.map((t, i) => (i === 0 ? { ...t, description: `${t.description}, timesheets, milestones` } : t)) };
    const before = await trainUncached(base, encoder);
    const kept = await trainUncached(changed, encoder); // most of the library's cosines come from the first training
    const fresh = await trainUncached({ ...changed, library: docs.map((v) => Float32Array.from(v)) }, encoder); // none kept
    expect(kept.selfTrained).toBeGreaterThan(0);
    expect(kept.topicVectors).toEqual(fresh.topicVectors);
    expect(kept.reference).toBe(fresh.reference);
    expect(kept.selfTrained).toBe(fresh.selfTrained);
    expect(kept.topicVectors).not.toEqual(before.topicVectors);
  });

  it("leaves off-topic library documents out", async () => {
    const offTopic = await encoder.embed(OFF_TOPIC_TEXTS);
    const model = await trainUncached({ topics: PROJECT_TOPICS, examples: syntheticExamples(2), library: offTopic }, encoder);
    expect(model.selfTrained).toBeLessThanOrEqual(Math.ceil(OFF_TOPIC_TEXTS.length * 0.1));
  });
});
