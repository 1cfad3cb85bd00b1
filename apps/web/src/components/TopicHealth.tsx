import { useQuery } from "@tanstack/react-query";
import { useIsAdmin } from "../auth.ts";
import { formatNumber, percent } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { setSearchParams, useSearchParams } from "../router.ts";
import { trpc, type RouterOutputs } from "../trpc.ts";
import { DataTable } from "./DataTable.tsx";
import { Empty } from "./Feedback.tsx";
import { QueryState } from "./QueryState.tsx";

type Health = RouterOutputs["topics"]["health"][number];

// The explanation names the columns: each column's word, then what it counts (its text starts with ": ").
const messages = defineMessages({
  en: {
    title: "Topic health",
    documentsOf: "Documents of",
    everyone: "Everyone",
    noOwner: "No owner",
    overOwner: "Over that owner's documents, with their topics.",
    overLibrary: "Over every document in the library.",
    overYours: "Over your documents.",
    topic: "Topic",
    documents: "Documents",
    automatic: "By the classifier",
    automaticExplained: ": links it set (above the threshold). ",
    review: "To review",
    reviewExplained: ": of the documents it picked the topic for, those it was unsure of and asked about. ",
    removed: "Removed",
    removedExplained: ": of the documents it applied the topic to, those a person took it off — often means the description draws the wrong documents. ",
    confused: "Confused with",
    confusedExplained: ": what people chose instead.",
    counting: "Counting…",
    couldNotLoad: "Could not load topic health",
    nothingYet: "Nothing to measure yet.",
    nothingYetText:
      "No document has a topic, and the classifier has not applied or suggested one. The figures appear as documents are classified and people correct them.",
    noTopics: "No topics yet.",
    ofWhole: (part: number, whole: number, rate: string) => `${part} of ${whole} (${rate})`,
    oftenRemoved: "Often removed",
    oftenRemovedTitle: (rate: string) => `People took it off ${rate} of the documents the classifier applied it to`,
    waiting: (n: number) => `${n} waiting`,
  },
  de: {
    title: "Themenzustand",
    documentsOf: "Eigentümer",
    everyone: "Alle",
    noOwner: "Ohne Eigentümer",
    overOwner: "Berechnet über die Dokumente und Themen dieses Eigentümers.",
    overLibrary: "Berechnet über alle Dokumente der Bibliothek.",
    overYours: "Berechnet über Ihre Dokumente.",
    topic: "Thema",
    documents: "Dokumente",
    automatic: "Vom Klassifikator",
    automaticExplained: ": Zuweisungen, die er selbst gesetzt hat (über der Schwelle). ",
    review: "Zur Prüfung",
    reviewExplained: ": Von den Dokumenten, für die er das Thema gewählt hat, die, bei denen er unsicher war und nachgefragt hat. ",
    removed: "Entfernt",
    removedExplained:
      ": Von den Dokumenten, denen er das Thema zugewiesen hat, die, bei denen eine Person es wieder entfernt hat — oft ein Zeichen, dass die Beschreibung die falschen Dokumente anzieht. ",
    confused: "Verwechselt mit",
    confusedExplained: ": Was stattdessen gewählt wurde.",
    counting: "Wird gezählt…",
    couldNotLoad: "Der Themenzustand konnte nicht geladen werden",
    nothingYet: "Noch nichts zu messen.",
    nothingYetText:
      "Kein Dokument hat ein Thema, und der Klassifikator hat noch keines zugewiesen oder vorgeschlagen. Die Zahlen erscheinen, sobald Dokumente eingeordnet und von Personen korrigiert werden.",
    noTopics: "Noch keine Themen.",
    ofWhole: (part, whole, rate) => `${formatNumber(part)} von ${formatNumber(whole)} (${rate})`,
    oftenRemoved: "Oft entfernt",
    oftenRemovedTitle: (rate) => `Bei ${rate} der Dokumente, denen der Klassifikator es zugewiesen hat, wurde es wieder entfernt`,
    waiting: (n) => (n === 1 ? "1 wartet" : `${formatNumber(n)} warten`),
  },
});
type Messages = (typeof messages)["en"];

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
  const m = useMessages(messages);
  const isAdmin = useIsAdmin();
  const params = useSearchParams();
  const owner = isAdmin ? (params.get("owner") ?? "") : "";
  const health = useQuery(trpc.topics.health.queryOptions(owner ? { owner } : {}));
  const users = useQuery({ ...trpc.users.list.queryOptions(), enabled: isAdmin });
  return (
    <section className="card topic-health" aria-labelledby="topic-health-title">
      <div className="card-head card-pad-x">
        <h2 id="topic-health-title">{m.title}</h2>
        {isAdmin && (
          <label className="topic-health-owner">
            <span>{m.documentsOf}</span>
            <select value={owner} onChange={(e) => setSearchParams({ owner: e.target.value })}>
              <option value="">{m.everyone}</option>
              {users.data?.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.email}
                </option>
              ))}
              <option value={NO_OWNER}>{m.noOwner}</option>
            </select>
          </label>
        )}
      </div>
      <p className="muted small card-pad-x">
        {isAdmin ? (owner ? m.overOwner : m.overLibrary) : m.overYours} <strong>{m.automatic}</strong>
        {m.automaticExplained}
        <strong>{m.review}</strong>
        {m.reviewExplained}
        <strong>{m.removed}</strong>
        {m.removedExplained}
        <strong>{m.confused}</strong>
        {m.confusedExplained}
      </p>
      <QueryState
        query={health}
        loading={m.counting}
        errorTitle={m.couldNotLoad}
        isEmpty={(list) => list.length === 0 || nothingYet(list)}
        empty={
          health.data?.length ? (
            <Empty title={m.nothingYet}>
              <p className="muted">{m.nothingYetText}</p>
            </Empty>
          ) : (
            <Empty title={m.noTopics} />
          )
        }
      >
        {(list) => (
          <DataTable className="topic-health-table" columns={[m.topic, m.documents, m.automatic, m.review, m.removed, m.confused]}>
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
function ofWhole(m: Messages, part: number, whole: number, rate: number | null) {
  return rate === null ? <span className="muted">–</span> : m.ofWhole(part, whole, percent(rate));
}

function HealthRow({ t }: { t: Health }) {
  const m = useMessages(messages);
  const high = removalIsHigh(t);
  return (
    <tr data-topic={t.name} data-warning={high ? "" : undefined}>
      <td className="topic-health-name">
        {t.name}
        {high && (
          <span className="topic-health-warning" role="img" aria-label={m.oftenRemoved} title={m.oftenRemovedTitle(percent(t.removalRate!))}>
            ⚠
          </span>
        )}
      </td>
      <td data-measure="documents">{t.documents}</td>
      <td data-measure="automatic">{ofWhole(m, t.automatic, t.documents, t.automaticShare)}</td>
      <td data-measure="review">
        {ofWhole(m, t.reviewed, t.applied + t.reviewed, t.reviewRate)}
        {t.inReview > 0 && <span className="muted small"> · {m.waiting(t.inReview)}</span>}
      </td>
      <td data-measure="removed" className={high ? "text-warn" : undefined}>
        {ofWhole(m, t.removed, t.applied, t.removalRate)}
      </td>
      <td data-measure="confused" className="small">
        {t.confusedWith.length === 0 ? <span className="muted">–</span> : t.confusedWith.map((c) => `${c.name} (${c.documents})`).join(", ")}
      </td>
    </tr>
  );
}
