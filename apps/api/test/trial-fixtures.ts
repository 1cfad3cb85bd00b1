// Shared by the topic-trial merge/split and LLM-apply tests: a planted library of documents with stored vectors,
// filed as the offline classifier files them, and the exact state of every link, rejection and suggestion.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { decide, embedDocument, EMBEDDING_VERSION, keepPersonDecisions, LocalClassifier } from "@docscan/classify";
import { listAvailableTopics, ownerTrainingData, putDocumentVector, readAiSettings, rejectedTopicsOf, replaceDocumentTopics, replaceSuggestions } from "@docscan/db";
import { uploadPdf, type Harness, type TestUser } from "./helpers.ts";

export const TEXTS: Record<string, string> = {
  "inv-1": "Invoice number 4471 from Northwind Office Supplies: printer paper, toner cartridges and folders, amount due 312.40 within 14 days, please pay by bank transfer.",
  "inv-2": "Invoice for consulting services in November, 12 hours at 95 per hour, total amount due 1 140, payment terms thirty days net, our bank account below.",
  "inv-3": "Bill from the plumber for the repair of the kitchen sink and the replacement of a valve, labour and parts, total due on receipt of this invoice.",
  "bil-1": "Electricity bill for October: 212 kWh consumed, monthly charge and meter fee, the amount will be debited from your account on the 15th.",
  "bil-2": "Water and sewage bill for the third quarter, 18 cubic metres, please pay the amount due to the municipal utility within two weeks.",
  "trv-1": "Flight booking confirmation: Lufthansa flight from Frankfurt to Lisbon on 12 May, seat 23A, one checked bag, boarding pass available online before the trip.",
  "trv-2": "Hotel reservation in Porto for three nights, double room with breakfast, check-in from 3 pm, free cancellation until two days before arrival for your holiday.",
  "trv-3": "Train ticket from Munich to Vienna on 4 June, second class, seat reservation in coach 7, travel itinerary and connections for the journey.",
  "trv-4": "Hotel booking in Rome: two nights in a single room, breakfast included, check-in after 2 pm, the hotel is near the station, reservation number 88213.",
  "rec-1": "Preheat the oven to 180 degrees. Mix flour, sugar, butter and eggs into a smooth dough, add the chopped apples and cinnamon, and bake the cake for forty minutes.",
  "rec-2": "For the soup, fry the onions and garlic in olive oil, add the tomatoes, basil and vegetable stock, simmer for twenty minutes and blend until smooth.",
};

/** A classified document of `as` with its stored vector, as the worker leaves it. */
export async function makeDoc(h: Harness, as: TestUser, name: string, text: string): Promise<string> {
  const id = await uploadPdf(as, `${name}.pdf`);
  await h.database.db.execute(sql`update documents set text = ${text}, title = ${name}, status = 'done' where id = ${id}`);
  // The hash the worker computes (file name and text): its classification finds the vector stored.
  const sourceSha256 = createHash("sha256").update(`${name}.pdf`).update("\u0000").update(text).digest("hex");
  await putDocumentVector(h.database.db, id, { version: EMBEDDING_VERSION, sourceSha256, vector: await embedDocument(text, `${name}.pdf`) });
  return id;
}

/** Files every document of the owner as an offline reclassify would (AI links and suggestions; a person's decisions kept). */
export async function reclassifyAll(h: Harness, ownerId: string): Promise<void> {
  const db = h.database.db;
  const topics = await listAvailableTopics(db, ownerId);
  const training = await ownerTrainingData(db, { ownerId, version: EMBEDDING_VERSION });
  const settings = await readAiSettings(db, h.deps.secretKey, h.deps.aiDefaults);
  const ids = (await db.execute<{ id: string }>(sql`select id from documents where owner_id = ${ownerId}`)).map((r) => r.id);
  for (const id of ids) {
    const [doc] = await db.execute<{ text: string; filename: string }>(sql`select text, filename from documents where id = ${id}`);
    const [v] = await db.execute<{ vector: Buffer }>(sql`select vector from document_vectors where document_id = ${id}`);
    const vector = new Float32Array(new Uint8Array(v!.vector).buffer.slice(v!.vector.byteOffset, v!.vector.byteOffset + v!.vector.byteLength));
    const result = await new LocalClassifier().classify({ text: doc!.text, filename: doc!.filename, topics, examples: training.examples, library: training.library, vector });
    const manual = (await db.execute<{ topic_id: string }>(sql`select topic_id from document_topics where document_id = ${id} and source = 'manual'`)).map((r) => r.topic_id);
    const d = decide(keepPersonDecisions(result, { manual, rejected: await rejectedTopicsOf(db, id) }), new Map(topics.map((t) => [t.id, t.threshold])), settings.threshold);
    await replaceDocumentTopics(db, id, "ai", d.apply);
    await replaceSuggestions(db, id, null, d.review);
  }
}

/** Every link (with its origin and time), rejection and suggestion of the owner's documents, exactly. */
export async function libraryState(h: Harness, ownerId: string) {
  const db = h.database.db;
  const links = await db.execute<{ document_id: string; topic_id: string; source: string }>(sql`
    select dt.document_id, dt.topic_id, dt.source, dt.origin, dt.confidence, dt.quote,
      -- an AI link is written anew by each classification; a person's keeps its time
      case when dt.source = 'manual' then dt.created_at end as created_at from document_topics dt join documents d on d.id = dt.document_id
    where d.owner_id = ${ownerId} order by 1, 2`);
  const rejections = await db.execute<{ document_id: string; topic_id: string }>(sql`
    select r.document_id, r.topic_id, r.origin, r.rejected_by, r.created_at from document_topic_rejections r join documents d on d.id = r.document_id
    where d.owner_id = ${ownerId} order by 1, 2`);
  const suggestions = await db.execute<{ document_id: string }>(sql`
    select s.document_id, s.topic_id, s.confidence, s.quote from topic_suggestions s join documents d on d.id = s.document_id
    where d.owner_id = ${ownerId} order by 1, 2`);
  return { links: [...links], rejections: [...rejections], suggestions: [...suggestions] };
}
export type LibraryState = Awaited<ReturnType<typeof libraryState>>;

/** One document's rows of a state (links, rejections, suggestions). */
export const rowsOf = (s: LibraryState, documentId: string) => ({
  links: s.links.filter((l) => l.document_id === documentId),
  rejections: s.rejections.filter((r) => r.document_id === documentId),
  suggestions: s.suggestions.filter((r) => r.document_id === documentId),
});

/** The documents a trial listed, with the AI links it proposes. */
export async function listedOf(h: Harness, trialId: string): Promise<Map<string, string[]>> {
  const rows = await h.database.db.execute<{ document_id: string; proposed: { apply: { topicId: string }[] } }>(
    sql`select document_id, proposed from topic_trial_documents where trial_id = ${trialId}`,
  );
  return new Map(rows.map((r) => [r.document_id, r.proposed.apply.map((a) => a.topicId).sort()]));
}

/** The audit entries about a topic, oldest first. */
export async function auditOf(h: Harness, topicId: string) {
  return [...(await h.database.db.execute<{ action: string; after: Record<string, unknown> }>(sql`select action, after from audit_log where object_id = ${topicId} order by at`))];
}
