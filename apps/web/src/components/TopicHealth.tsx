import { useQuery } from "@tanstack/react-query";
import { percent } from "../format.ts";
import { trpc } from "../trpc.ts";
import { DataTable } from "./DataTable.tsx";
import { Empty } from "./Feedback.tsx";
import { QueryState } from "./QueryState.tsx";

/**
 * Which descriptions work (issue 20): per topic, its documents and the classifier's share of them, suggestions
 * waiting in review, how often people take it off, and what they file those documents under instead. A topic
 * people often take off is the one whose description to try to improve (with "Try a change").
 */
export function TopicHealth() {
  const health = useQuery(trpc.topics.health.queryOptions());
  return (
    <section className="card topic-health" aria-labelledby="topic-health-title">
      <div className="card-head card-pad-x">
        <h2 id="topic-health-title">Topic health</h2>
      </div>
      <p className="muted small card-pad-x">
        Over the documents you can see. <strong>Removed</strong>: documents people took the topic off (or whose suggestion they turned down) —
        a high share says the description draws the wrong documents; <strong>instead</strong>: what they filed them under.
      </p>
      <QueryState query={health} loading="Counting…" errorTitle="Could not load topic health" isEmpty={(list) => list.length === 0} empty={<Empty title="No topics yet." />}>
        {(list) => (
          <DataTable className="topic-health-table" columns={["Topic", "Documents", "By the classifier", "In review", "Removed", "Instead"]}>
            {list.map((t) => (
              <tr key={t.topicId} data-topic={t.name}>
                <td>{t.name}</td>
                <td>{t.documents}</td>
                <td>{t.documents > 0 ? `${t.automatic} (${percent(t.automatic / t.documents)})` : "–"}</td>
                <td>{t.inReview}</td>
                <td data-removed>{t.removalRate === null ? "–" : `${t.removed} (${percent(t.removalRate)})`}</td>
                <td className="small">{t.confusedWith.length === 0 ? "–" : t.confusedWith.map((c) => `${c.name} (${c.documents})`).join(", ")}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </section>
  );
}
