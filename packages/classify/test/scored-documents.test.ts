// The topic trial scores each document from what the process keeps of it (ADR 0029: the centred vector, the
// text's word ids, gate and keys, the item cosines, each model's suggestions): the suggestions must be exactly
// those of scoring the text and the vector, under models with word evidence, a person's rejection on an
// example, a linear model, and a changed topic whose items differ from today's.
import { describe, expect, it } from "vitest";
import { suggest } from "../src/local/classifier.ts";
import { trainLocalModel, type LocalModel } from "../src/local/model.ts";
import { Columns, ScoredDocuments } from "../src/local/scored-documents.ts";
import { textFeatures } from "../src/local/text-features.ts";
import { hashingEncoder, hashVector } from "./counting-encoder.ts";
import { INVOICE_TEXT, TOPICS } from "./fixtures.ts";
import { PROJECT_TOPICS, syntheticDocument, syntheticExamples } from "./synthetic.ts";
import { LINEAR_MIN_EXAMPLES } from "../src/local/model.ts";

const encoder = hashingEncoder();
const TEXTS = [
  INVOICE_TEXT,
  "The tennis tournament ended with a tie-break in the final set.",
  "Your doctor prescribed two tablets a day.",
  "Invoice for the football club membership, the doctor's fee and the tennis court.",
  "test test",
  ...Array.from({ length: 12 }, (_, i) => syntheticDocument(PROJECT_TOPICS[i % PROJECT_TOPICS.length]!.id, i)),
];

/** Keeps every text (under its own vector, or a vector of another text) and compares with `suggest`, twice (the second from the kept suggestions). */
function expectSame(kept: ScoredDocuments, model: LocalModel, docs: { id: string; text: string; vector: Float32Array }[]) {
  for (let round = 0; round < 2; round++) {
    for (const d of docs) {
      const slot = kept.add(d.id, "v1:sha", d.vector, textFeatures(d.text));
      expect(kept.suggest(model, slot), d.text).toEqual(suggest(model, d.text, d.vector, { quotes: false }));
    }
  }
}

const docsOf = (texts: string[], vectorOf = (t: string) => hashVector(t)) => texts.map((text, i) => ({ id: `d${i}`, text, vector: vectorOf(text) }));

describe("ScoredDocuments", () => {
  it("gives the suggestions of the text and the vector, with word evidence and a person's rejection", async () => {
    const examples = [
      { text: "Match report: the home team won 3-1 in the league final.", topicIds: [TOPICS[1]!.id] },
      { text: "Blood test results and the prescription from the doctor.", topicIds: [TOPICS[2]!.id] },
      { text: INVOICE_TEXT, topicIds: [], rejectedTopicIds: [TOPICS[2]!.id] },
      { text: "Invoice for the football club membership, amount due in 14 days.", topicIds: [TOPICS[0]!.id, TOPICS[1]!.id] },
    ];
    const model = await trainLocalModel({ topics: TOPICS, examples }, encoder);
    expect(model.lexical).not.toBeNull();
    const kept = new ScoredDocuments();
    expectSame(kept, model, docsOf(TEXTS));
    // The rejection made on an example with the same text holds through the text's key, and through the vector's.
    const byText = kept.add("other-vector", "v1:sha", hashVector("another vector"), textFeatures(INVOICE_TEXT));
    expect(kept.suggest(model, byText).map((s) => s.topicId)).not.toContain(TOPICS[2]!.id);
    const byVector = kept.add("other-text", "v1:sha", hashVector(INVOICE_TEXT), textFeatures("A letter about a doctor's appointment and the invoice for it."));
    expect(suggest(model, "A letter about a doctor's appointment and the invoice for it.", hashVector(INVOICE_TEXT)).map((s) => s.topicId)).not.toContain(TOPICS[2]!.id);
    expect(kept.suggest(model, byVector).map((s) => s.topicId)).not.toContain(TOPICS[2]!.id);
    expect(kept.tooLittleContent(kept.slotOf("d4", "v1:sha")!)).toBe(true);
  });

  it("scores today's and a changed topic set alike, sharing what did not change", async () => {
    const examples = syntheticExamples(8);
    const today = await trainLocalModel({ topics: PROJECT_TOPICS, examples }, encoder);
    const changed = PROJECT_TOPICS.map((t, i) => (i === 0 ? { ...t, description: `${t.description}, wetlands, nesting and migration` } : t));
    const proposed = await trainLocalModel({ topics: changed, examples }, encoder);
    const linear = await trainLocalModel({ topics: PROJECT_TOPICS, examples: syntheticExamples(LINEAR_MIN_EXAMPLES) }, encoder);
    expect(linear.kind).toBe("linear");
    const kept = new ScoredDocuments();
    const docs = docsOf(TEXTS);
    for (const model of [today, proposed, linear]) expectSame(kept, model, docs);
    // Without examples (no word evidence, the description's vectors only).
    const described = await trainLocalModel({ topics: PROJECT_TOPICS }, encoder);
    expect(described.lexical).toBeNull();
    expectSame(kept, described, docs);
  });

  it("shares a topic's word sums between models only where its word table is the same", async () => {
    const examples = syntheticExamples(8);
    const today = await trainLocalModel({ topics: PROJECT_TOPICS, examples }, encoder);
    // Falcon described with words the examples already have: the vocabulary stays, so Heron's and Club's
    // tables are today's and Falcon's differs; a new topic with known words shifts the topics' order.
    const edited = PROJECT_TOPICS.map((t, i) => (i === 0 ? { ...t, description: `${t.description} Turbine, rotor blade and gearbox.` } : t));
    const withNew = [...PROJECT_TOPICS, { id: "t-aaa", name: "Boats", description: "Regatta, rowing boat and oar." }];
    const changed = await trainLocalModel({ topics: edited, examples }, encoder);
    const created = await trainLocalModel({ topics: withNew, examples }, encoder);
    const vocabulary = (m: LocalModel) => [...m.lexical!.rowOf.keys()].sort();
    expect(vocabulary(changed)).toEqual(vocabulary(today));
    expect(vocabulary(created)).toEqual(vocabulary(today));
    const column = (m: LocalModel, topicId: string) =>
      [...m.lexical!.rowOf].sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, r]) => [w, m.lexical!.logCounts[r * m.topicIds.length + m.topicIds.indexOf(topicId)]]);
    expect(column(changed, "t-heron")).toEqual(column(today, "t-heron"));
    expect(column(changed, "t-falcon")).not.toEqual(column(today, "t-falcon"));
    // Today's model scored first, so the others find its sums; each must still score as `suggest` does.
    const kept = new ScoredDocuments();
    const docs = docsOf(TEXTS);
    for (const model of [today, changed, created, today]) expectSame(kept, model, docs);
  });

  it("computes a page at once (prepare) as suggest computes each document, with today's and a changed model", async () => {
    const examples = syntheticExamples(8);
    const today = await trainLocalModel({ topics: PROJECT_TOPICS, examples }, encoder);
    // A word no example has: the vocabulary grows, and every topic's total with it; the other topics' sums are
    // today's (found by their counts, made under today's rows), the changed topic's are summed anew. Then two topics
    // with new words: their sums in one pass over each document's words, with this model's rows.
    const changed = await trainLocalModel({ topics: PROJECT_TOPICS.map((t, i) => (i === 0 ? { ...t, description: `${t.description}, quasar and nebula` } : t)), examples }, encoder);
    const twoChanged = await trainLocalModel(
      { topics: PROJECT_TOPICS.map((t, i) => (i === 0 ? { ...t, description: `${t.description}, pulsar` } : i === 1 ? { ...t, description: `${t.description}, comet` } : t)), examples },
      encoder,
    );
    const kept = new ScoredDocuments();
    // An odd number of documents (pairs and one left over), two texts twice.
    const docs = docsOf([...TEXTS, TEXTS[3]!, TEXTS[5]!]);
    const slots = docs.map((d) => kept.add(d.id, "v1:sha", d.vector, textFeatures(d.text)));
    expect(slots.length % 2).toBe(1);
    expect(twoChanged.lexical!.rowOf.size).toBe(today.lexical!.rowOf.size + 2);
    for (const model of [today, changed, twoChanged]) {
      // The first half's suggestions first (kept: prepare skips them), then the page.
      for (const slot of slots.slice(0, 4)) kept.suggest(model, slot);
      kept.prepare(model, slots);
      docs.forEach((d, i) => expect(kept.suggest(model, slots[i]!), d.text).toEqual(suggest(model, d.text, d.vector, { quotes: false })));
    }
    // Documents kept after: the columns the changed models found were made by today's model, under its rows, and
    // miss these slots; the changed models sum them with their own rows. Two texts hold the new words (known to the
    // changed models only).
    const later = docsOf([`${TEXTS[5]!} quasar nebula pulsar comet`, "A pulsar and a comet, seen from the wind farm.", TEXTS[7]!]).map((d) => ({ ...d, id: `later-${d.id}` }));
    const laterSlots = later.map((d) => kept.add(d.id, "v1:sha", d.vector, textFeatures(d.text)));
    for (const model of [twoChanged, changed, today]) {
      kept.prepare(model, laterSlots.slice(1));
      later.forEach((d, i) => expect(kept.suggest(model, laterSlots[i]!), d.text).toEqual(suggest(model, d.text, d.vector, { quotes: false })));
    }
  });

  it("keeps a document under its stamp: a new text is a new entry", async () => {
    const kept = new ScoredDocuments();
    const first = kept.add("d", "v1:a", hashVector(TEXTS[1]!), textFeatures(TEXTS[1]!));
    expect(kept.slotOf("d", "v1:a")).toBe(first);
    expect(kept.slotOf("d", "v1:b")).toBeUndefined();
    const second = kept.add("d", "v1:b", hashVector(TEXTS[2]!), textFeatures(TEXTS[2]!));
    expect(second).not.toBe(first);
    const model = await trainLocalModel({ topics: TOPICS }, encoder);
    expect(kept.suggest(model, second)).toEqual(suggest(model, TEXTS[2]!, hashVector(TEXTS[2]!), { quotes: false }));
  });

  it("finds a column a model still holds after more than the most recent ones came since", () => {
    const columns = new Columns<{ key: string }>(2);
    let made = 0;
    const get = (key: string) => columns.get(key, () => (made++, { key }));
    const held = get("today's"); // a living model's view holds it
    for (const key of ["changed 1", "changed 2", "changed 3"]) get(key);
    expect(made).toBe(4);
    expect(get("today's")).toBe(held);
    const recent = get("changed 3"); // still among the most recent
    expect(made).toBe(4);
    expect(get("changed 3")).toBe(recent);
    get("changed 4");
    expect(made).toBe(5);
  });
});
