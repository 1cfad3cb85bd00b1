import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { Empty, ErrorBox, InlineError, Spinner } from "../components/Feedback.tsx";
import { TopicCreateForm } from "../components/TopicCreateForm.tsx";
import { TopicItem } from "../components/TopicItem.tsx";
import { plural } from "../format.ts";
import { queryClient, trpc, type Topic } from "../trpc.ts";

export function TopicsPage() {
  const topics = useQuery(trpc.topics.list.queryOptions());
  const [toDelete, setToDelete] = useState<Topic | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const remove = useMutation(
    trpc.topics.delete.mutationOptions({
      onSuccess: async ({ detached }) => {
        setNotice(`Deleted “${toDelete?.name ?? "topic"}”${detached ? ` and detached it from ${plural(detached, "document")}` : ""}.`);
        setToDelete(null);
        await Promise.all([
          queryClient.invalidateQueries(trpc.topics.pathFilter()),
          queryClient.invalidateQueries(trpc.documents.pathFilter()),
        ]);
      },
    }),
  );

  return (
    <section aria-labelledby="topics-title">
      <div className="page-head">
        <div>
          <h1 id="topics-title">Topics</h1>
          <p className="muted">Documents are matched against these names and descriptions.</p>
        </div>
      </div>

      <div className="topics-layout">
        <TopicCreateForm />

        <div className="card">
          <div className="card-head card-pad-x">
            <h2>All topics {topics.data && <span className="count-badge">{topics.data.length}</span>}</h2>
          </div>
          {notice && (
            <p className="alert alert-ok" role="status">
              {notice}
            </p>
          )}
          {topics.isPending ? (
            <Spinner label="Loading topics…" />
          ) : topics.isError ? (
            <ErrorBox error={topics.error} title="Could not load topics" onRetry={() => void topics.refetch()} />
          ) : topics.data.length === 0 ? (
            <Empty title="No topics yet.">
              <p className="muted">Create one with the form; new documents are matched against it.</p>
            </Empty>
          ) : (
            <ul className="topic-list">
              {topics.data.map((t) => (
                <TopicItem
                  key={t.id}
                  topic={t}
                  onDelete={() => {
                    setNotice(null);
                    setToDelete(t);
                  }}
                />
              ))}
            </ul>
          )}
        </div>
      </div>

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
    </section>
  );
}
