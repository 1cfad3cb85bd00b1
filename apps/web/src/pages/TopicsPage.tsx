import { useMutation, useQuery } from "@tanstack/react-query";
import { lazy, Suspense, useState } from "react";
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
import { plural } from "../format.ts";
import { queryClient, trpc, type Topic } from "../trpc.ts";

// Loaded when the Topics page shows it: it stays out of the console's first download.
const TopicTrialPanel = lazy(() => import("../components/TopicTrialPanel.tsx").then((m) => ({ default: m.TopicTrialPanel })));

export function TopicsPage() {
  const isAdmin = useIsAdmin();
  const topics = useQuery(trpc.topics.list.queryOptions());
  const [toDelete, setToDelete] = useState<Topic | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // After any change to the set of topics: offer to reclassify everything (a new key restarts the offer).
  const [offer, setOffer] = useState<{ key: number; reason: string } | null>(null);
  const changed = (reason: string) => setOffer((prev) => ({ key: (prev?.key ?? 0) + 1, reason }));
  // Settings are admin-only (ADR 0010): members see "Threshold: global" without the number.
  const globalThreshold = useQuery({ ...trpc.settings.get.queryOptions(), enabled: isAdmin }).data?.threshold;

  const remove = useMutation(
    trpc.topics.delete.mutationOptions({
      onSuccess: async ({ detached }) => {
        setNotice(`Deleted “${toDelete?.name ?? "topic"}”${detached ? ` and detached it from ${plural(detached, "document")}` : ""}.`);
        changed(`Deleted “${toDelete?.name ?? "topic"}”.`);
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
      title="Topics"
      intro={
        <>
          Documents are matched against these names and descriptions. Global topics are shared by everyone
          {isAdmin ? "; a personal topic only its owner sees." : " and managed by admins; your personal ones only you see."}
        </>
      }
    >
      <LibraryTabs current="topics" />
      <div className="topics-layout">
        <div className="topics-side">
          <TopicCreateForm globalThreshold={globalThreshold} onCreated={() => changed("Topic created.")} />
          {topics.data && (
            <Suspense fallback={null}>
              <TopicTrialPanel topics={topics.data} />
            </Suspense>
          )}
          <TopicChart topics={topics.data} />
        </div>

        <div className="card">
          <div className="card-head card-pad-x">
            <h2>All topics {topics.data && <span className="count-badge">{topics.data.length}</span>}</h2>
          </div>
          {notice && (
            <p className="alert alert-ok" role="status">
              {notice}
            </p>
          )}
          {offer && <ReclassifyOffer key={offer.key} reason={offer.reason} onDismiss={() => setOffer(null)} />}
          <QueryState
            query={topics}
            loading="Loading topics…"
            errorTitle="Could not load topics"
            isEmpty={(list) => list.length === 0}
            empty={
              <Empty title="No topics yet.">
                <p className="muted">Create one with the form; new documents are matched against it.</p>
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
                    onSaved={() => changed("Topic saved.")}
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
        title={`Delete “${toDelete?.name ?? ""}”?`}
        confirmLabel="Delete topic"
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => {
          setToDelete(null);
          remove.reset();
        }}
        onConfirm={() => toDelete && remove.mutate({ id: toDelete.id })}
      >
        <p>
          {toDelete && toDelete.documentCount > 0
            ? `It is attached to ${plural(toDelete.documentCount, "document")}; they will be detached from it (the documents stay).`
            : "No documents are attached to it."}{" "}
          This cannot be undone.
        </p>
      </ConfirmDialog>
    </Page>
  );
}

/** Documents per topic, most first. */
function TopicChart({ topics }: { topics: readonly Topic[] | undefined }) {
  if (!topics || topics.length === 0) return null;
  const bars = [...topics]
    .sort((a, b) => b.documentCount - a.documentCount || a.name.localeCompare(b.name))
    .map((t) => ({ key: t.id, label: t.name, value: t.documentCount, color: t.color }));
  return (
    <section className="card card-pad" aria-labelledby="topic-chart-title">
      <h2 id="topic-chart-title">Documents per topic</h2>
      <HorizontalBars title="Documents per topic" bars={bars} unit={(n) => plural(n, "document")} />
    </section>
  );
}
