import { useMutation, useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useEffect, useState } from "react";
import { useIsAdmin } from "../auth.ts";
import { HorizontalBars } from "../components/Charts.tsx";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { LibraryTabs } from "../components/LibraryTabs.tsx";
import { Empty, InlineError } from "../components/Feedback.tsx";
import { Page } from "../components/Page.tsx";
import { QueryState } from "../components/QueryState.tsx";
import { ReclassifyOffer } from "../components/ReclassifyOffer.tsx";
import { TopicCreateForm } from "../components/TopicCreateForm.tsx";
import { TopicItem } from "../components/TopicItem.tsx";
import { TopicHealth } from "../components/TopicHealth.tsx";
import { formatNumber, plural } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc, type Topic } from "../trpc.ts";

// Loaded when the Topics page shows it: it stays out of the console's first download.
const TopicTrialPanel = lazy(() => import("../components/TopicTrialPanel.tsx").then((m) => ({ default: m.TopicTrialPanel })));

const messages = defineMessages({
  en: {
    topicFallback: "topic",
    deleted: (name: string, detached: number) => `Deleted “${name}”${detached ? ` and detached it from ${plural(detached, "document")}` : ""}.`,
    deletedReason: (name: string) => `Deleted “${name}”.`,
    title: "Topics",
    intro: (admin: boolean) =>
      `Documents are matched against these names and descriptions. Global topics are shared by everyone${admin ? "; a personal topic only its owner sees." : " and managed by admins; your personal ones only you see."}`,
    created: "Topic created.",
    saved: "Topic saved.",
    all: "All topics",
    loading: "Loading topics…",
    couldNotLoad: "Could not load topics",
    empty: "No topics yet.",
    emptyText: "Create one with the form; new documents are matched against it.",
    confirmTitle: (name: string) => `Delete “${name}”?`,
    confirmLabel: "Delete topic",
    attached: (n: number) => `It is attached to ${plural(n, "document")}; they will be detached from it (the documents stay).`,
    noneAttached: "No documents are attached to it.",
    cannotUndo: "This cannot be undone.",
    chartTitle: "Documents per topic",
    documents: (n: number) => plural(n, "document"),
  },
  de: {
    topicFallback: "Thema",
    deleted: (name, detached) =>
      `„${name}“ gelöscht${detached ? ` und von ${detached === 1 ? "1 Dokument" : `${formatNumber(detached)} Dokumenten`} entfernt` : ""}.`,
    deletedReason: (name) => `„${name}“ gelöscht.`,
    title: "Themen",
    intro: (admin) =>
      `Dokumente werden mit diesen Namen und Beschreibungen abgeglichen. Globale Themen gelten für alle${admin ? "; ein persönliches Thema sieht nur sein Eigentümer." : " und werden von Administratoren verwaltet; Ihre persönlichen sehen nur Sie."}`,
    created: "Thema angelegt.",
    saved: "Thema gespeichert.",
    all: "Alle Themen",
    loading: "Themen werden geladen…",
    couldNotLoad: "Die Themen konnten nicht geladen werden",
    empty: "Noch keine Themen.",
    emptyText: "Legen Sie eines mit dem Formular an; neue Dokumente werden damit abgeglichen.",
    confirmTitle: (name) => `„${name}“ löschen?`,
    confirmLabel: "Thema löschen",
    attached: (n) =>
      n === 1
        ? "Es ist 1 Dokument zugewiesen; die Zuweisung wird entfernt (das Dokument bleibt)."
        : `Es ist ${formatNumber(n)} Dokumenten zugewiesen; die Zuweisungen werden entfernt (die Dokumente bleiben).`,
    noneAttached: "Es ist keinem Dokument zugewiesen.",
    cannotUndo: "Das lässt sich nicht rückgängig machen.",
    chartTitle: "Dokumente pro Thema",
    documents: (n) => (n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumente`),
  },
});

export function TopicsPage() {
  const m = useMessages(messages);
  const isAdmin = useIsAdmin();
  const topics = useQuery(trpc.topics.list.queryOptions());
  const [toDelete, setToDelete] = useState<Topic | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // After any change to the set of topics: offer to reclassify everything (a new key restarts the offer).
  const [offer, setOffer] = useState<{ key: number; reason: string } | null>(null);
  const changed = (reason: string) => setOffer((prev) => ({ key: (prev?.key ?? 0) + 1, reason }));
  // Settings are admin-only (ADR 0010): members see "Threshold: global" without the number.
  const globalThreshold = useQuery({ ...trpc.settings.get.queryOptions(), enabled: isAdmin }).data?.threshold;
  // The server starts reading what a topic trial reads while the page is looked at (ADR 0029): the first trial after
  // the server starts then answers in seconds. It returns at once; a failure only leaves the trial to read it.
  const warmTrial = useMutation(trpc.topics.warmTrial.mutationOptions()).mutate;
  useEffect(() => warmTrial(), [warmTrial]);

  const remove = useMutation(
    trpc.topics.delete.mutationOptions({
      onSuccess: async ({ detached }) => {
        setNotice(m.deleted(toDelete?.name ?? m.topicFallback, detached));
        changed(m.deletedReason(toDelete?.name ?? m.topicFallback));
        setToDelete(null);
        // Its suggestions in the review inbox went with it.
        await Promise.all([
          queryClient.invalidateQueries(trpc.topics.pathFilter()),
          queryClient.invalidateQueries(trpc.documents.pathFilter()),
          queryClient.invalidateQueries(trpc.review.pathFilter()),
        ]);
      },
    }),
  );

  return (
    <Page
      title={m.title}
      intro={m.intro(isAdmin)}
    >
      <LibraryTabs current="topics" />
      <div className="topics-layout">
        <div className="topics-side">
          <TopicCreateForm globalThreshold={globalThreshold} onCreated={() => changed(m.created)} />
          {topics.data && (
            <Suspense fallback={null}>
              <TopicTrialPanel topics={topics.data} />
            </Suspense>
          )}
          <TopicChart topics={topics.data} />
        </div>

        <div className="card">
          <div className="card-head card-pad-x">
            <h2>{m.all} {topics.data && <span className="count-badge">{topics.data.length}</span>}</h2>
          </div>
          {notice && (
            <p className="alert alert-ok" role="status">
              {notice}
            </p>
          )}
          {offer && <ReclassifyOffer key={offer.key} reason={offer.reason} onDismiss={() => setOffer(null)} />}
          <QueryState
            query={topics}
            loading={m.loading}
            errorTitle={m.couldNotLoad}
            isEmpty={(list) => list.length === 0}
            empty={
              <Empty title={m.empty}>
                <p className="muted">{m.emptyText}</p>
              </Empty>
            }
          >
            {(list) => (
              <ul className="topic-list">
                {list.map((t) => (
                  <TopicItem
                    key={t.id}
                    topic={t}
                    globalThreshold={globalThreshold}
                    onSaved={() => changed(m.saved)}
                    onDelete={() => {
                      setNotice(null);
                      setToDelete(t);
                    }}
                  />
                ))}
              </ul>
            )}
          </QueryState>
        </div>
      </div>

      <TopicHealth />

      <ConfirmDialog
        open={toDelete !== null}
        title={m.confirmTitle(toDelete?.name ?? "")}
        confirmLabel={m.confirmLabel}
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => {
          setToDelete(null);
          remove.reset();
        }}
        onConfirm={() => toDelete && remove.mutate({ id: toDelete.id })}
      >
        <p>
          {toDelete && toDelete.documentCount > 0 ? m.attached(toDelete.documentCount) : m.noneAttached} {m.cannotUndo}
        </p>
      </ConfirmDialog>
    </Page>
  );
}

/** Documents per topic, most first. */
function TopicChart({ topics }: { topics: readonly Topic[] | undefined }) {
  const m = useMessages(messages);
  if (!topics || topics.length === 0) return null;
  const bars = [...topics]
    .sort((a, b) => b.documentCount - a.documentCount || a.name.localeCompare(b.name))
    .map((t) => ({ key: t.id, label: t.name, value: t.documentCount, color: t.color }));
  return (
    <section className="card card-pad" aria-labelledby="topic-chart-title">
      <h2 id="topic-chart-title">{m.chartTitle}</h2>
      <HorizontalBars title={m.chartTitle} bars={bars} unit={m.documents} />
    </section>
  );
}
