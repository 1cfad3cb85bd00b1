import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ACCEPTED_TYPES } from "@docscan/shared";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { DocumentAuditTrail } from "../components/DocumentAuditTrail.tsx";
import { DocumentAttachments } from "../components/DocumentAttachments.tsx";
import { DocumentHistory } from "../components/DocumentHistory.tsx";
import { DocumentNotes } from "../components/DocumentNotes.tsx";
import { DocumentPreview } from "../components/DocumentPreview.tsx";
import { DocumentText } from "../components/DocumentText.tsx";
import { DocumentCorrespondent } from "../components/DocumentCorrespondent.tsx";
import { DocumentDate } from "../components/DocumentDate.tsx";
import { DocumentFields } from "../components/DocumentFields.tsx";
import { DocumentTitle } from "../components/DocumentTitle.tsx";
import { DocumentTopics } from "../components/DocumentTopics.tsx";
import { SimilarDocuments } from "../components/SimilarDocuments.tsx";
import { ErrorBox, InlineError, Spinner } from "../components/Feedback.tsx";
import { Link } from "../components/Link.tsx";
import { BUSY_STATUSES, StatusChip } from "../components/StatusChip.tsx";
import { errorCode } from "../errors.ts";
import { formatBytes, formatDateTime, plural } from "../format.ts";
import { useIsAdmin } from "../auth.ts";
import { ownerLabel } from "../components/DocumentTable.tsx";
import { navigate, useDocumentId } from "../router.ts";
import { documentsListUrl, useOwnerNames } from "./DocumentsPage.tsx";
import { queryClient, refreshAfterDocumentsDeleted, trpc, type RouterOutputs } from "../trpc.ts";

export type DocumentDetail = RouterOutputs["documents"]["get"];

const BUSY_TEXT = {
  pending: "Waiting for a worker to extract the text…",
  extracting: "Extracting the text…",
  classifying: "Matching the document against your topics…",
} as const;

export function DocumentPage() {
  const id = useDocumentId();
  // A fresh page (state, dialogs, mutations) for every document.
  return id ? <DocumentView key={id} id={id} /> : null;
}

function DocumentView({ id }: { id: string }) {
  const doc = useQuery({
    ...trpc.documents.get.queryOptions({ id }),
    // Live while the worker is on it.
    refetchInterval: (q) => (q.state.data && BUSY_STATUSES.includes(q.state.data.status) ? 1_500 : false),
    retry: (count, err) => !["NOT_FOUND", "BAD_REQUEST"].includes(errorCode(err) ?? "") && count < 1,
  });
  const found = doc.isSuccess;
  const topics = useQuery(trpc.topics.list.queryOptions());
  const pages = useQuery({ ...trpc.documents.pages.queryOptions({ id }), enabled: found });
  const history = useQuery({ ...trpc.documents.history.queryOptions({ id }), enabled: found });
  const [confirmDelete, setConfirmDelete] = useState(false);
  const ownerNames = useOwnerNames(useIsAdmin());

  // Text and runs change when a stage finishes: refresh them whenever the status moves on.
  const version = doc.data ? `${doc.data.status}:${doc.data.updatedAt.getTime()}` : null;
  const previous = useRef(version);
  useEffect(() => {
    if (previous.current !== null && version !== null && previous.current !== version) {
      void queryClient.invalidateQueries(trpc.documents.pages.queryFilter({ id }));
      void queryClient.invalidateQueries(trpc.documents.history.queryFilter({ id }));
      void queryClient.invalidateQueries(trpc.review.pathFilter());
    }
    previous.current = version;
  }, [version, id]);

  const title = doc.data?.title;
  useEffect(() => {
    document.title = `${title ?? "Document"} · docscan`;
  }, [title]);

  const refresh = () => queryClient.invalidateQueries(trpc.documents.pathFilter());
  const reextract = useMutation(trpc.documents.reextract.mutationOptions({ onSuccess: refresh }));
  const reclassify = useMutation(trpc.documents.reclassify.mutationOptions({ onSuccess: refresh }));
  const kept = reclassify.data && keptText(reclassify.data);
  const remove = useMutation(
    trpc.documents.delete.mutationOptions({
      onSuccess: async () => {
        // Leave first, and drop this document's queries: nothing may ask for it again (a 404).
        navigate(documentsListUrl());
        queryClient.removeQueries(trpc.documents.get.queryFilter({ id }));
        queryClient.removeQueries(trpc.documents.pages.queryFilter({ id }));
        queryClient.removeQueries(trpc.documents.history.queryFilter({ id }));
        await refreshAfterDocumentsDeleted();
      },
    }),
  );

  if (doc.isPending) {
    return (
      <section aria-label="Document">
        <BackLink />
        <div className="card">
          <Spinner label="Loading the document…" />
        </div>
      </section>
    );
  }
  if (doc.isError) {
    const missing = ["NOT_FOUND", "BAD_REQUEST"].includes(errorCode(doc.error) ?? "");
    return (
      <section aria-labelledby="doc-title">
        <BackLink />
        {missing ? (
          <div className="card empty">
            <h1 id="doc-title">Document not found</h1>
            <p className="muted">
              It may have been deleted. <Link href={documentsListUrl()}>Back to your documents</Link>.
            </p>
          </div>
        ) : (
          <>
            <h1 id="doc-title" className="visually-hidden">
              Document
            </h1>
            <ErrorBox error={doc.error} title="Could not load the document" onRetry={() => void doc.refetch()} />
          </>
        )}
      </section>
    );
  }

  const d = doc.data;
  const busy = BUSY_STATUSES.includes(d.status);
  const typeLabel = (ACCEPTED_TYPES as Record<string, { label: string }>)[d.contentType]?.label ?? d.contentType;
  const fileUrl = `/api/documents/${d.id}/file`;
  const actionError = reextract.error ?? reclassify.error;

  return (
    <section aria-labelledby="doc-title" className="document-page">
      <BackLink />
      <div className="page-head doc-head">
        <div className="doc-head-main">
          <DocumentTitle id={d.id} title={d.title} filename={d.filename} />
          <div className="doc-meta">
            <StatusChip status={d.status} />
            <span>{typeLabel}</span>
            <span>{formatBytes(d.size)}</span>
            {d.pageCount != null && <span>{plural(d.pageCount, "page")}</span>}
            {d.ocrConfidence != null && <span title="Mean OCR word confidence over the pages that needed OCR">OCR confidence {Math.round(d.ocrConfidence)}%</span>}
            {ownerNames && <span data-testid="document-owner">Owner: {ownerLabel(ownerNames, d.ownerId)}</span>}
            <DocumentDate id={d.id} date={d.documentDate} source={d.documentDateSource} quote={d.documentDateQuote} />
            <DocumentCorrespondent
              id={d.id}
              correspondentId={d.correspondentId}
              name={d.correspondentName}
              source={d.correspondentSource}
              confidence={d.correspondentConfidence}
              quote={d.correspondentQuote}
            />
            <span>
              Added <time dateTime={d.createdAt.toISOString()}>{formatDateTime(d.createdAt)}</time>
            </span>
          </div>
          {d.ocrLowConfidence && (
            <div className="alert alert-warn" role="note" data-testid="ocr-low-note">
              OCR could barely read at least one page (see the confidence beside each page below): its text, and so search and topics, may
              be wrong. A sharper or upright scan reads better.
            </div>
          )}
        </div>
        <div className="doc-actions" role="group" aria-label="Document actions">
          <a className="btn btn-secondary" href={fileUrl} download={d.filename}>
            Download
          </a>
          {d.searchablePdfKey && (
            <a
              className="btn btn-secondary"
              href={`/api/documents/${d.id}/searchable.pdf`}
              download
              title="The original pages with the recognised words as invisible text: search and copy in any PDF reader"
            >
              Download searchable PDF
            </a>
          )}
          <button
            type="button"
            className="btn btn-secondary"
            disabled={busy || reextract.isPending}
            onClick={() => reextract.mutate({ id })}
            title="Read the text from the original again, then reclassify"
          >
            {reextract.isPending ? "Queuing…" : "Re-extract"}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            disabled={busy || reclassify.isPending}
            onClick={() => reclassify.mutate({ id })}
            title="Match the text against your topics again"
          >
            {reclassify.isPending ? "Queuing…" : "Reclassify"}
          </button>
          <button type="button" className="btn btn-danger-ghost" onClick={() => setConfirmDelete(true)}>
            Delete
          </button>
        </div>
      </div>

      <div aria-live="polite">
        {busy && (
          <p className="alert alert-info doc-banner" role="status">
            <span className="spinner spinner-sm" aria-hidden="true" />
            <span>{BUSY_TEXT[d.status as keyof typeof BUSY_TEXT]} This page updates by itself.</span>
          </p>
        )}
        {d.status === "failed" && (
          <div className="alert alert-error doc-banner" role="alert">
            <div>
              <strong>Processing failed</strong>
              <p>{d.error ?? "Unknown error."} The original is kept; fix the cause and re-extract.</p>
            </div>
          </div>
        )}
        {actionError && <InlineError error={actionError} />}
        {kept && (
          <p className="alert alert-info doc-banner" role="status" data-testid="reclassify-kept">
            {kept}
          </p>
        )}
      </div>

      <div className="doc-layout">
        <section className="card doc-preview" aria-labelledby="preview-title">
          <div className="card-head card-pad-x">
            <h2 id="preview-title">Preview</h2>
          </div>
          {/* Scrolls on its own beside the details, so both stay in view. */}
          <div className="doc-preview-body" data-scroll-root>
            <DocumentPreview doc={d} fileUrl={fileUrl} />
          </div>
        </section>

        <div className="doc-side">
          <DocumentTopics doc={d} topics={topics.data ?? []} topicsError={topics.error} suggestions={history.data?.suggestions ?? []} />
          <DocumentFields id={id} fields={d.fields} />
          <DocumentAttachments id={id} busy={busy} />
          <DocumentNotes id={id} />
          <DocumentHistory history={history} />
          <DocumentAuditTrail id={id} />
          <SimilarDocuments id={id} ready={found && d.text !== null} />
          <DocumentText doc={d} pages={pages} />
        </div>
      </div>

      <ConfirmDialog
        open={confirmDelete}
        title="Delete document?"
        confirmLabel="Delete document"
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => {
          setConfirmDelete(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate({ id })}
      >
        <p>
          <strong>{d.title}</strong> goes to the trash with its topics, folder and text; you can restore it from the Trash page.
        </p>
      </ConfirmDialog>
    </section>
  );
}

/** What a reclassification keeps as a person decided it; null when there is nothing to keep. */
function keptText({ keptManual, keptRejected }: { keptManual: number; keptRejected: number }): string | null {
  const parts = [keptManual > 0 && `${plural(keptManual, "topic")} you chose`, keptRejected > 0 && `${plural(keptRejected, "topic")} you removed`].filter(Boolean);
  return parts.length > 0 ? `Reclassifying keeps your decisions (${parts.join(", ")}).` : null;
}

function BackLink() {
  return (
    <p className="back-link">
      <Link href={documentsListUrl()}>← All documents</Link>
    </p>
  );
}
