import { keepPreviousData, useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { DOCUMENT_STATUSES, type DocumentStatus } from "@docscan/shared";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { DocumentRow } from "../components/DocumentRow.tsx";
import { Empty, ErrorBox, InlineError, Spinner } from "../components/Feedback.tsx";
import { Link } from "../components/Link.tsx";
import { Pagination } from "../components/Pagination.tsx";
import { BUSY_STATUSES, statusLabel } from "../components/StatusChip.tsx";
import { ROUTES } from "../router.ts";
import { queryClient, trpc, type DocumentItem } from "../trpc.ts";

export function DocumentsPage() {
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(25);
  const [topic, setTopic] = useState("");
  const [status, setStatus] = useState<DocumentStatus | "">("");
  const [toDelete, setToDelete] = useState<DocumentItem | null>(null);
  const id = useId();

  const topics = useQuery(trpc.topics.list.queryOptions());
  const docs = useQuery({
    ...trpc.documents.list.queryOptions({ page, perPage, topic: topic || undefined, status: status || undefined }),
    placeholderData: keepPreviousData,
    // Live while anything on screen is still being processed.
    refetchInterval: (q) => (q.state.data?.items.some((d) => BUSY_STATUSES.includes(d.status)) ? 2_000 : false),
  });

  const remove = useMutation(
    trpc.documents.delete.mutationOptions({
      onSuccess: async () => {
        setToDelete(null);
        await Promise.all([
          queryClient.invalidateQueries(trpc.documents.pathFilter()),
          queryClient.invalidateQueries(trpc.topics.pathFilter()),
        ]);
      },
    }),
  );

  const data = docs.data;
  // A deleted last item can leave us past the end; step back instead of showing an empty page.
  if (data && data.items.length === 0 && data.total > 0 && page > 1 && !docs.isPlaceholderData) {
    setPage(Math.max(1, Math.ceil(data.total / perPage)));
  }
  const filtered = Boolean(topic || status);

  return (
    <section aria-labelledby="documents-title">
      <div className="page-head">
        <div>
          <h1 id="documents-title">Documents</h1>
          <p className="muted">Everything you uploaded, with the topics docscan found in it.</p>
        </div>
        <Link href={ROUTES.upload} className="btn btn-primary">
          Upload documents
        </Link>
      </div>

      <div className="card">
        <div className="toolbar" role="search" aria-label="Filter documents">
          <div className="inline-field">
            <label htmlFor={`${id}-topic`}>Topic</label>
            <select
              id={`${id}-topic`}
              value={topic}
              onChange={(e) => {
                setTopic(e.target.value);
                setPage(1);
              }}
              disabled={!topics.data}
            >
              <option value="">All topics</option>
              {topics.data?.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div className="inline-field">
            <label htmlFor={`${id}-status`}>Status</label>
            <select
              id={`${id}-status`}
              value={status}
              onChange={(e) => {
                setStatus(e.target.value as DocumentStatus | "");
                setPage(1);
              }}
            >
              <option value="">All statuses</option>
              {DOCUMENT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {statusLabel(s)}
                </option>
              ))}
            </select>
          </div>
          {filtered && (
            <button
              type="button"
              className="btn btn-ghost btn-sm"
              onClick={() => {
                setTopic("");
                setStatus("");
                setPage(1);
              }}
            >
              Clear filters
            </button>
          )}
          {docs.isFetching && !docs.isLoading && <span className="spinner spinner-sm toolbar-end" role="status" aria-label="Refreshing" />}
        </div>
        {topics.isError && !docs.isError && (
          <div className="toolbar-note">
            <InlineError error={topics.error} />
          </div>
        )}

        {docs.isPending ? (
          <Spinner label="Loading documents…" />
        ) : docs.isError ? (
          <ErrorBox error={docs.error} title="Could not load documents" onRetry={() => void docs.refetch()} />
        ) : docs.data.items.length === 0 ? (
          filtered ? (
            <Empty title="No documents match these filters." />
          ) : (
            <Empty title="No documents yet.">
              <Link href={ROUTES.upload} className="btn btn-primary">
                Upload your first document
              </Link>
            </Empty>
          )
        ) : (
          <>
            <div className="table-wrap">
              <table className="table documents-table">
                <thead>
                  <tr>
                    <th scope="col">File</th>
                    <th scope="col">Status</th>
                    <th scope="col">Topics</th>
                    <th scope="col" className="num col-size">
                      Size
                    </th>
                    <th scope="col">Added</th>
                    <th scope="col">
                      <span className="visually-hidden">Actions</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {docs.data.items.map((d) => (
                    <DocumentRow key={d.id} doc={d} topics={topics.data ?? []} onDelete={() => setToDelete(d)} />
                  ))}
                </tbody>
              </table>
            </div>
            <Pagination
              page={page}
              perPage={perPage}
              total={docs.data.total}
              onPage={setPage}
              onPerPage={(n) => {
                setPerPage(n);
                setPage(1);
              }}
            />
          </>
        )}
      </div>

      <ConfirmDialog
        open={toDelete !== null}
        title="Delete document?"
        confirmLabel="Delete document"
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => {
          setToDelete(null);
          remove.reset();
        }}
        onConfirm={() => toDelete && remove.mutate({ id: toDelete.id })}
      >
        <p>
          <strong>{toDelete?.filename}</strong> and its extracted text will be removed for good. This cannot be undone.
        </p>
      </ConfirmDialog>
    </section>
  );
}
