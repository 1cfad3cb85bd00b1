import { Link } from "./Link.tsx";
import type { DocumentDetail } from "../pages/DocumentPage.tsx";
import { defineMessages, useMessages } from "../i18n.ts";
import { ROUTES } from "../router.ts";
import type { RouterOutputs, Topic } from "../trpc.ts";
import { BUSY_STATUSES } from "./StatusChip.tsx";
import { Confidence, SourceBadge } from "./Confidence.tsx";
import { InlineError } from "./Feedback.tsx";
import { TopicChip } from "./TopicChip.tsx";
import { TopicPicker } from "./TopicPicker.tsx";

const messages = defineMessages({
  en: {
    topics: "Topics",
    editTopics: "Edit topics",
    appearLater: "Topics appear once classification finishes.",
    none: "No topics. Pick some with “Edit topics”, or reclassify.",
    ofThisDocument: "Topics of this document",
    waitingIn: "Waiting in",
    review: "review",
    newTopic: (name: string) => `New topic: ${name}`,
  },
  de: {
    topics: "Themen",
    editTopics: "Themen bearbeiten",
    appearLater: "Die Themen erscheinen, sobald die Einordnung fertig ist.",
    none: "Keine Themen. Wählen Sie welche mit „Themen bearbeiten“, oder ordnen Sie neu ein.",
    ofThisDocument: "Themen dieses Dokuments",
    waitingIn: "Wartet auf",
    review: "Prüfung",
    newTopic: (name: string) => `Neues Thema: ${name}`,
  },
});

type Suggestion = RouterOutputs["documents"]["history"]["suggestions"][number];

/** The document's topics with where each came from, how sure the classifier was and the passage it relied on. */
export function DocumentTopics({
  doc,
  topics,
  topicsError,
  suggestions,
}: {
  doc: DocumentDetail;
  topics: readonly Topic[];
  topicsError: unknown;
  suggestions: readonly Suggestion[];
}) {
  const m = useMessages(messages);
  const busy = BUSY_STATUSES.includes(doc.status);
  return (
    <section className="card card-pad" aria-labelledby="doc-topics-title">
      <div className="card-head">
        <h2 id="doc-topics-title">{m.topics}</h2>
        <TopicPicker doc={doc} topics={topics} buttonLabel={m.editTopics} buttonClassName="btn btn-secondary btn-sm" shortcut />
      </div>
      <InlineError error={topicsError} />
      {doc.topics.length === 0 ? (
        <p className="muted">{busy ? m.appearLater : m.none}</p>
      ) : (
        <ul className="doc-topics" aria-label={m.ofThisDocument}>
          {doc.topics.map((t) => (
            <li key={t.id} className="doc-topic" data-topic={t.name}>
              <div className="doc-topic-head">
                <TopicChip topic={t} />
                <SourceBadge source={t.source} classifiedBy={t.classifiedBy} />
                {t.confidence != null && <Confidence value={t.confidence} />}
              </div>
              {t.quote && <blockquote className="quote">{t.quote}</blockquote>}
            </li>
          ))}
        </ul>
      )}
      {suggestions.length > 0 && (
        <div className="doc-suggestions">
          <p className="small muted">
            {m.waitingIn} <Link href={ROUTES.review}>{m.review}</Link>:
          </p>
          <ul className="doc-topics">
            {suggestions.map((s) => (
              <li key={s.id} className="doc-topic doc-topic-pending">
                <div className="doc-topic-head">
                  {s.topicName ? (
                    <TopicChip topic={{ name: s.topicName, color: s.topicColor ?? "#9ca3af" }} />
                  ) : (
                    <span className="new-topic">{m.newTopic(s.proposedName ?? "")}</span>
                  )}
                  <Confidence value={s.confidence} />
                </div>
                {s.quote && <blockquote className="quote">{s.quote}</blockquote>}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
