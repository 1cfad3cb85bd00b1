// How well each topic's description works (issue 20): per topic, its documents and who filed them, how many wait
// in review, how often people take it off a document, and which topics they put on instead — so staff know which
// description to improve. Counted over the viewer's documents (ListScope), trashed ones left out.
import { and, count, eq, isNotNull, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { documents, documentTopicRejections, documentTopics, topicSuggestions, topics } from "../schema/index.ts";
import type { ListScope } from "./document-list.ts";
import { documentsInScope, topicsAvailableTo } from "./topics.ts";

export interface TopicHealth {
  topicId: string;
  name: string;
  /** Documents filed under the topic now. */
  documents: number;
  /** Of those, filed by the classifier (the rest by a person). */
  automatic: number;
  /** Suggestions of this topic waiting in review. */
  inReview: number;
  /** Documents a person took this topic off (or turned its suggestion down): each is a negative example. */
  removed: number;
  /** removed / (documents + removed): a high share says the description draws the wrong documents. */
  removalRate: number | null;
  /** Topics people filed those documents under instead, most often first (at most three). */
  confusedWith: { topicId: string; name: string; documents: number }[];
}

/** Health of every topic `userId` may use (null: global ones only), counted over the documents in `scope`. */
export async function topicHealth(db: DbOrTx, userId: string | null, scope: ListScope): Promise<TopicHealth[]> {
  const inScope = documentsInScope(scope);
  const [available, links, review, removed, confused] = await Promise.all([
    db.select({ id: topics.id, name: topics.name }).from(topics).where(topicsAvailableTo(userId)).orderBy(topics.name),
    db
      .select({ topicId: documentTopics.topicId, n: count(), automatic: sql<number>`count(*) filter (where ${documentTopics.source} = 'ai')`.mapWith(Number) })
      .from(documentTopics)
      .innerJoin(documents, eq(documents.id, documentTopics.documentId))
      .where(inScope)
      .groupBy(documentTopics.topicId),
    db
      .select({ topicId: topicSuggestions.topicId, n: count() })
      .from(topicSuggestions)
      .innerJoin(documents, eq(documents.id, topicSuggestions.documentId))
      .where(and(isNotNull(topicSuggestions.topicId), inScope))
      .groupBy(topicSuggestions.topicId),
    db
      .select({ topicId: documentTopicRejections.topicId, n: count() })
      .from(documentTopicRejections)
      .innerJoin(documents, eq(documents.id, documentTopicRejections.documentId))
      .where(inScope)
      .groupBy(documentTopicRejections.topicId),
    // A removed topic against the topics a person filed the same document under.
    db
      .select({ topicId: documentTopicRejections.topicId, other: documentTopics.topicId, n: count() })
      .from(documentTopicRejections)
      .innerJoin(documents, eq(documents.id, documentTopicRejections.documentId))
      .innerJoin(documentTopics, and(eq(documentTopics.documentId, documentTopicRejections.documentId), eq(documentTopics.source, "manual"), ne(documentTopics.topicId, documentTopicRejections.topicId)))
      .where(inScope)
      .groupBy(documentTopicRejections.topicId, documentTopics.topicId),
  ]);
  const names = new Map(available.map((t) => [t.id, t.name]));
  const byTopic = <T extends { topicId: string | null }>(rows: T[]) => new Map(rows.map((r) => [r.topicId, r]));
  const linkOf = byTopic(links);
  const reviewOf = byTopic(review);
  const removedOf = byTopic(removed);
  return available.map(({ id, name }) => {
    const docs = linkOf.get(id)?.n ?? 0;
    const gone = removedOf.get(id)?.n ?? 0;
    const confusedWith = confused
      .filter((c) => c.topicId === id && names.has(c.other))
      .sort((a, b) => b.n - a.n || names.get(a.other)!.localeCompare(names.get(b.other)!))
      .slice(0, 3)
      .map((c) => ({ topicId: c.other, name: names.get(c.other)!, documents: c.n }));
    return {
      topicId: id,
      name,
      documents: docs,
      automatic: linkOf.get(id)?.automatic ?? 0,
      inReview: reviewOf.get(id)?.n ?? 0,
      removed: gone,
      removalRate: docs + gone > 0 ? gone / (docs + gone) : null,
      confusedWith,
    };
  });
}
