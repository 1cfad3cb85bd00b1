// How well each topic's description works (issue 20 item 4, ADR 0035): per topic, its documents and who put it
// on them, how often the classifier was unsure enough to ask (review), how often people took off what the
// classifier applied, and which topics people chose instead — so staff know which description to improve.
// Counted over the documents in a scope (ListScope), trashed ones left out, from the links' and removals'
// `origin` (migration 0027). One statement: each table is read once, grouped in Postgres.
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "../client.ts";
import { documents, documentTopicRejections, documentTopics, topics, topicSuggestions } from "../schema/index.ts";
import type { ListScope } from "./document-list.ts";
import { topicsAvailableTo } from "./topics.ts";

/** How many topics each topic's `confusedWith` lists. */
export const CONFUSED_WITH_LIMIT = 3;

export interface TopicConfusion {
  topicId: string;
  name: string;
  /** Documents a person took this topic off (or turned its suggestion down) and filed under that one. */
  documents: number;
}

export interface TopicHealth {
  topicId: string;
  name: string;
  /** Documents linked to the topic now. */
  documents: number;
  /** Of those, links the classifier set (origin `classifier`: applied above the threshold, kept or not yet looked at). */
  automatic: number;
  /** Of those, links a person set: accepted from review or chosen themselves (documents − automatic). */
  byPerson: number;
  /** automatic / documents; null without documents. */
  automaticShare: number | null;
  /** Documents the classifier applied the topic to: `automatic` plus `removed`. */
  applied: number;
  /** Documents the classifier suggested it to below the threshold: waiting, accepted, or turned down. */
  reviewed: number;
  /** Of `reviewed`, suggestions still waiting in review. */
  inReview: number;
  /** reviewed / (applied + reviewed): how often the classifier, picking this topic, was unsure; null when it never picked it. */
  reviewRate: number | null;
  /** Documents a person took the topic off after the classifier applied it. */
  removed: number;
  /** removed / applied; null when the classifier never applied it. High: the description draws the wrong documents. */
  removalRate: number | null;
  /** The topics people filed documents under when they took this one off or turned it down, most often first. */
  confusedWith: TopicConfusion[];
}

export interface TopicHealthOptions {
  /** Whose topics are listed: the global ones and this user's (null: global only). */
  topicsOf: string | null;
  /** The documents counted: the viewer's (ADR 0010; trashed ones are never counted)… */
  scope: Pick<ListScope, "ownerId">;
  /** …narrowed to this owner's documents when given (null: documents without owner). */
  owner?: string | null;
}

type Row = {
  topic_id: string;
  name: string;
  documents: number;
  automatic: number;
  linked_in_review: number;
  removed: number;
  rejected_in_review: number;
  in_review: number;
  confused: TopicConfusion[] | null;
};

/** Health of every topic available to `topicsOf`, counted over the documents in `scope`. */
export async function topicHealth(db: DbOrTx, opts: TopicHealthOptions): Promise<TopicHealth[]> {
  const rows = await db.execute<Row>(topicHealthQuery(opts));
  return rows.map(measures);
}

/**
 * A row whose `document_id` is a document in the options' scope. Not a join with `documents`: its heap (the text,
 * the search vector: ~2.6 KB a row) would be read whole for the whole library. Trashed documents are few (the
 * partial index documents_trashed_idx; the trash is purged), and an owner's ids come from
 * documents_owner_created_idx, index only.
 */
function inScope(documentId: SQL, opts: TopicHealthOptions): SQL {
  const owners = [opts.scope.ownerId, opts.owner].filter((o) => o !== undefined);
  return sql.join(
    [
      // NOT IN over the trashed ids becomes one hashed subplan; a NOT EXISTS let the planner probe documents' heap per row.
      sql`${documentId} not in (select t.id from ${documents} t where t.trashed_at is not null)`,
      ...owners.map((o) => sql`${documentId} in (select o.id from ${documents} o where ${o === null ? sql`o.owner_id is null` : sql`o.owner_id = ${o}`})`),
    ],
    sql` and `,
  );
}

/** The one statement behind topicHealth (the benchmark EXPLAINs it). */
export function topicHealthQuery(opts: TopicHealthOptions): SQL {
  return sql`
    with links as (
      select l.topic_id,
             count(*)::int as documents,
             (count(*) filter (where l.origin = 'classifier'))::int as automatic,
             (count(*) filter (where l.origin = 'review'))::int as linked_in_review
      from ${documentTopics} l
      where ${inScope(sql`l.document_id`, opts)}
      group by l.topic_id
    ), removals as (
      select r.topic_id,
             (count(*) filter (where r.origin = 'classifier'))::int as removed,
             (count(*) filter (where r.origin = 'review'))::int as rejected_in_review
      from ${documentTopicRejections} r
      where r.origin in ('classifier', 'review') and ${inScope(sql`r.document_id`, opts)}
      group by r.topic_id
    ), waiting as (
      -- A suggestion of a topic the document has already (a person filed it meanwhile) is counted with the link.
      select s.topic_id, count(*)::int as in_review
      from ${topicSuggestions} s
      where s.topic_id is not null and ${inScope(sql`s.document_id`, opts)}
        and not exists (select 1 from ${documentTopics} l where l.document_id = s.document_id and l.topic_id = s.topic_id)
      group by s.topic_id
    ), pairs as (
      -- A topic the classifier proposed and a person took off, against a topic the person chose on the same document.
      select r.topic_id, l.topic_id as other, count(*)::int as n
      from ${documentTopicRejections} r
      join ${documentTopics} l on l.document_id = r.document_id and l.topic_id <> r.topic_id and l.origin in ('review', 'person')
      where r.origin in ('classifier', 'review') and ${inScope(sql`r.document_id`, opts)}
      group by r.topic_id, l.topic_id
    ), ranked as (
      select p.topic_id, p.other, o.name, p.n,
             row_number() over (partition by p.topic_id order by p.n desc, o.name, p.other) as k
      from pairs p join ${topics} o on o.id = p.other
    ), confused as (
      select topic_id, json_agg(json_build_object('topicId', other, 'name', name, 'documents', n) order by k) as confused
      from ranked where k <= ${CONFUSED_WITH_LIMIT}
      group by topic_id
    )
    select ${topics.id} as topic_id, ${topics.name} as name,
           coalesce(links.documents, 0) as documents, coalesce(links.automatic, 0) as automatic,
           coalesce(links.linked_in_review, 0) as linked_in_review,
           coalesce(removals.removed, 0) as removed, coalesce(removals.rejected_in_review, 0) as rejected_in_review,
           coalesce(waiting.in_review, 0) as in_review, confused.confused
    from ${topics}
    left join links on links.topic_id = ${topics.id}
    left join removals on removals.topic_id = ${topics.id}
    left join waiting on waiting.topic_id = ${topics.id}
    left join confused on confused.topic_id = ${topics.id}
    where ${topicsAvailableTo(opts.topicsOf)}
    order by lower(${topics.name}), ${topics.id}`;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

function measures(r: Row): TopicHealth {
  const applied = r.automatic + r.removed;
  const reviewed = r.in_review + r.linked_in_review + r.rejected_in_review;
  return {
    topicId: r.topic_id,
    name: r.name,
    documents: r.documents,
    automatic: r.automatic,
    byPerson: r.documents - r.automatic,
    automaticShare: share(r.automatic, r.documents),
    applied,
    reviewed,
    inReview: r.in_review,
    reviewRate: share(reviewed, applied + reviewed),
    removed: r.removed,
    removalRate: share(r.removed, applied),
    confusedWith: r.confused ?? [],
  };
}
