import { useQuery } from "@tanstack/react-query";
import { useIsAdmin } from "../auth.ts";
import { percent } from "../format.ts";
import { setSearchParams, useSearchParams } from "../router.ts";
import { trpc, type RouterOutputs } from "../trpc.ts";
import { DataTable } from "./DataTable.tsx";
import { Empty } from "./Feedback.tsx";
import { QueryState } from "./QueryState.tsx";

type Health = RouterOutputs["topics"]["health"][number];

/**
 * When a removal rate earns the warning mark (ADR 0035): people took the topic off at least twice, and off at
 * least a quarter of the documents the classifier applied it to.
 */
export const REMOVAL_WARNING = { removed: 2, rate: 0.25 };
export const removalIsHigh = (t: Health) => t.removed >= REMOVAL_WARNING.removed && (t.removalRate ?? 0) >= REMOVAL_WARNING.rate;

/** Nothing to measure: no topic on any document, and the classifier never applied or suggested one. */
const nothingYet = (list: Health[]) => list.every((t) => t.documents === 0 && t.applied === 0 && t.reviewed === 0);

/** The owner filter's value for documents without an owner (the api's `owner: "none"`). */
const NO_OWNER = "none";

/**
 * Which descriptions work (issue 20 item 4, ADR 0035): per topic, its documents and the share the classifier set,
 * how often its picks of the topic went to review, how often people took off what it applied (marked when high),
 * and the topics people chose instead. A topic often taken off, or often confused with another, is the one whose
 * description to try to improve (with "Try a change").
 */
export function TopicHealth() {
  const isAdmin = useIsAdmin();
  const params = useSearchParams();
  const owner = isAdmin ? (params.get("owner") ?? "") : "";
  const health = useQuery(trpc.topics.health.queryOptions(owner ? { owner } : {}));
  const users = useQuery({ ...trpc.users.list.queryOptions(), enabled: isAdmin });
  return (
    <section className="card topic-health" aria-labelledby="topic-health-title">
      <div className="card-head card-pad-x">
        <h2 id="topic-health-title">Topic health</h2>
        {isAdmin && (
          <label className="topic-health-owner">
            <span>Documents of</span>
            <select value={owner} onChange={(e) => setSearchParams({ owner: e.target.value })}>
              <option value="">Everyone</option>
              {users.data?.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.email}
                </option>
              ))}
              <option value={NO_OWNER}>No owner</option>
            </select>
          </label>
        )}
      </div>
      <p className="muted small card-pad-x">
        {isAdmin ? (owner ? "Over that owner's documents, with their topics." : "Over every document in the library.") : "Over your documents."}{" "}
        <strong>By the classifier</strong>: links it set (above the threshold). <strong>To review</strong>: of the documents it picked the topic
        for, those it was unsure of and asked about. <strong>Removed</strong>: of the documents it applied the topic to, those a person took it
        off — often means the description draws the wrong documents. <strong>Confused with</strong>: what people chose instead.
      </p>
      <QueryState
        query={health}
        loading="Counting…"
        errorTitle="Could not load topic health"
        isEmpty={(list) => list.length === 0 || nothingYet(list)}
        empty={
          health.data?.length ? (
            <Empty title="Nothing to measure yet.">
              <p className="muted">No document has a topic, and the classifier has not applied or suggested one. The figures appear as documents are classified and people correct them.</p>
            </Empty>
          ) : (
            <Empty title="No topics yet." />
          )
        }
      >
        {(list) => (
          <DataTable className="topic-health-table" columns={["Topic", "Documents", "By the classifier", "To review", "Removed", "Confused with"]}>
            {list.map((t) => (
              <HealthRow key={t.topicId} t={t} />
            ))}
          </DataTable>
        )}
      </QueryState>
    </section>
  );
}

/** "3 of 8 (38%)", or a dash when there is nothing to divide by. */
function ofWhole(part: number, whole: number, rate: number | null) {
  return rate === null ? <span className="muted">–</span> : `${part} of ${whole} (${percent(rate)})`;
}

function HealthRow({ t }: { t: Health }) {
  const high = removalIsHigh(t);
  return (
    <tr data-topic={t.name} data-warning={high ? "" : undefined}>
      <td className="topic-health-name">
        {t.name}
        {high && (
          <span className="topic-health-warning" role="img" aria-label="Often removed" title={`People took it off ${percent(t.removalRate!)} of the documents the classifier applied it to`}>
            ⚠
          </span>
        )}
      </td>
      <td data-measure="documents">{t.documents}</td>
      <td data-measure="automatic">{ofWhole(t.automatic, t.documents, t.automaticShare)}</td>
      <td data-measure="review">
        {ofWhole(t.reviewed, t.applied + t.reviewed, t.reviewRate)}
        {t.inReview > 0 && <span className="muted small"> · {t.inReview} waiting</span>}
      </td>
      <td data-measure="removed" className={high ? "text-warn" : undefined}>
        {ofWhole(t.removed, t.applied, t.removalRate)}
      </td>
      <td data-measure="confused" className="small">
        {t.confusedWith.length === 0 ? <span className="muted">–</span> : t.confusedWith.map((c) => `${c.name} (${c.documents})`).join(", ")}
      </td>
    </tr>
  );
}
