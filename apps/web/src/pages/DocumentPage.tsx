import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { DocumentAuditTrail } from "../components/DocumentAuditTrail.tsx";
import { DocumentAttachments } from "../components/DocumentAttachments.tsx";
import { DocumentHistory } from "../components/DocumentHistory.tsx";
import { DocumentNotes } from "../components/DocumentNotes.tsx";
import { DocumentPreview } from "../components/DocumentPreview.tsx";
import { DocumentText } from "../components/DocumentText.tsx";
import { DocumentCorrespondent } from "../components/DocumentCorrespondent.tsx";
import { DocumentDate } from "../components/DocumentDate.tsx";
import { ProposedCorrespondent } from "../components/ProposedCorrespondent.tsx";
import { DocumentFields } from "../components/DocumentFields.tsx";
import { DocumentTitle } from "../components/DocumentTitle.tsx";
import { DocumentTopics } from "../components/DocumentTopics.tsx";
import { SimilarDocuments } from "../components/SimilarDocuments.tsx";
import { ErrorBox, InlineError, Spinner } from "../components/Feedback.tsx";
import { Link } from "../components/Link.tsx";
import { BUSY_STATUSES, StatusChip } from "../components/StatusChip.tsx";
import { errorCode } from "../errors.ts";
import { typeLabel } from "../file-types.ts";
import { keptDecisions } from "../kept-decisions.ts";
import { formatBytes, formatDateTime, formatNumber, percent } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { useIsAdmin } from "../auth.ts";
import { ownerLabel } from "../components/DocumentTable.tsx";
import { navigate, useDocumentId } from "../router.ts";
import { documentsListUrl, useOwnerNames } from "./DocumentsPage.tsx";
import { queryClient, refreshAfterDocumentsDeleted, trpc, type RouterOutputs } from "../trpc.ts";
import { showDeletedOnList } from "../undo-delete.ts";

export type DocumentDetail = RouterOutputs["documents"]["get"];

const messages = defineMessages({
  en: {
    busyPending: "Waiting for a worker to extract the text…",
    busyExtracting: "Extracting the text…",
    busyClassifying: "Matching the document against your topics…",
    document: "Document",
    loading: "Loading the document…",
    notFound: "Document not found",
    mayBeDeleted: "It may have been deleted.",
    backToDocuments: "Back to your documents",
    couldNotLoad: "Could not load the document",
    pages: (n: number) => (n === 1 ? "1 page" : `${n} pages`),
    ocrConfidenceTitle: "Mean OCR word confidence over the pages that needed OCR",
    ocrConfidence: (value: number) => `OCR confidence ${Math.round(value)}%`,
    owner: (email: string) => `Owner: ${email}`,
    added: "Added",
    ocrLow:
      "OCR could barely read at least one page (see the confidence beside each page below): its text, and so search and topics, may be wrong. A sharper or upright scan reads better.",
    actions: "Document actions",
    download: "Download",
    searchablePdfTitle: "The original pages with the recognised words as invisible text: search and copy in any PDF reader",
    downloadSearchablePdf: "Download searchable PDF",
    reextractTitle: "Read the text from the original again, then reclassify",
    queuing: "Queuing…",
    reextract: "Re-extract",
    reclassifyTitle: "Match the text against your topics again",
    reclassify: "Reclassify",
    delete: "Delete",
    updatesByItself: "This page updates by itself.",
    failed: "Processing failed",
    unknownError: "Unknown error.",
    failedHint: "The original is kept; fix the cause and re-extract.",
    preview: "Preview",
    deleteTitle: "Delete document?",
    deleteConfirm: "Delete document",
    deleteBody: "goes to the trash with its topics, folder and text; you can restore it from the Trash page.",
    /** `kept`: keptDecisions(), "1 topic you chose, …". */
    kept: (kept: string) => `Reclassifying keeps your decisions (${kept}).`,
    allDocuments: "← All documents",
  },
  de: {
    busyPending: "Wartet darauf, dass ein Worker den Text erkennt…",
    busyExtracting: "Der Text wird erkannt…",
    busyClassifying: "Das Dokument wird mit Ihren Themen abgeglichen…",
    document: "Dokument",
    loading: "Das Dokument wird geladen…",
    notFound: "Dokument nicht gefunden",
    mayBeDeleted: "Vielleicht wurde es gelöscht.",
    backToDocuments: "Zurück zu Ihren Dokumenten",
    couldNotLoad: "Das Dokument konnte nicht geladen werden",
    pages: (n: number) => (n === 1 ? "1 Seite" : `${formatNumber(n)} Seiten`),
    ocrConfidenceTitle: "Mittlere OCR-Sicherheit der Wörter auf den Seiten, die OCR brauchten",
    ocrConfidence: (value: number) => `OCR-Sicherheit ${percent(value / 100)}`,
    owner: (email: string) => `Eigentümer: ${email}`,
    added: "Hinzugefügt",
    ocrLow:
      "OCR konnte mindestens eine Seite kaum lesen (siehe die Sicherheit neben jeder Seite unten): Ihr Text, und damit Suche und Themen, kann falsch sein. Ein schärferer oder gerade ausgerichteter Scan liest sich besser.",
    actions: "Aktionen für das Dokument",
    download: "Herunterladen",
    searchablePdfTitle: "Die Originalseiten mit den erkannten Wörtern als unsichtbarem Text: in jedem PDF-Programm durchsuchen und kopieren",
    downloadSearchablePdf: "Durchsuchbares PDF herunterladen",
    reextractTitle: "Den Text erneut aus dem Original lesen, dann neu einordnen",
    queuing: "Wird eingereiht…",
    reextract: "Text neu erkennen",
    reclassifyTitle: "Den Text erneut mit Ihren Themen abgleichen",
    reclassify: "Neu einordnen",
    delete: "Löschen",
    updatesByItself: "Diese Seite aktualisiert sich selbst.",
    failed: "Verarbeitung fehlgeschlagen",
    unknownError: "Unbekannter Fehler.",
    failedHint: "Das Original bleibt erhalten; beheben Sie die Ursache und lassen Sie den Text neu erkennen.",
    preview: "Vorschau",
    deleteTitle: "Dokument löschen?",
    deleteConfirm: "Dokument löschen",
    deleteBody: "kommt mit seinen Themen, seinem Ordner und seinem Text in den Papierkorb; auf der Seite Papierkorb können Sie es wiederherstellen.",
    kept: (kept: string) => `Beim Neu-Einordnen bleiben Ihre Entscheidungen erhalten (${kept}).`,
    allDocuments: "← Alle Dokumente",
  },
});

const BUSY_TEXT = { pending: "busyPending", extracting: "busyExtracting", classifying: "busyClassifying" } as const;

export function DocumentPage() {
  const id = useDocumentId();
  // A fresh page (state, dialogs, mutations) for every document.
  return id ? <DocumentView key={id} id={id} /> : null;
}

function DocumentView({ id }: { id: string }) {
  const m = useMessages(messages);
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
    document.title = `${title ?? m.document} · docscan`;
  }, [title, m]);

  const refresh = () => queryClient.invalidateQueries(trpc.documents.pathFilter());
  const reextract = useMutation(trpc.documents.reextract.mutationOptions({ onSuccess: refresh }));
  const reclassify = useMutation(trpc.documents.reclassify.mutationOptions({ onSuccess: refresh }));
  const keptList = reclassify.data ? keptDecisions(reclassify.data.keptManual, reclassify.data.keptRejected) : "";
  const kept = keptList ? m.kept(keptList) : null;
  const remove = useMutation(
    trpc.documents.delete.mutationOptions({
      onSuccess: async () => {
        // Leave first, and drop this document's queries: nothing may ask for it again (a 404). The list
        // offers Undo, as after a delete there.
        showDeletedOnList([id]);
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
      <section aria-label={m.document}>
        <BackLink />
        <div className="card">
          <Spinner label={m.loading} />
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
            <h1 id="doc-title">{m.notFound}</h1>
            <p className="muted">
              {m.mayBeDeleted} <Link href={documentsListUrl()}>{m.backToDocuments}</Link>.
            </p>
          </div>
        ) : (
          <>
            <h1 id="doc-title" className="visually-hidden">
              {m.document}
            </h1>
            <ErrorBox error={doc.error} title={m.couldNotLoad} onRetry={() => void doc.refetch()} />
          </>
        )}
      </section>
    );
  }

  const d = doc.data;
  const busy = BUSY_STATUSES.includes(d.status);
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
            <span>{typeLabel(d.contentType)}</span>
            <span>{formatBytes(d.size)}</span>
            {d.pageCount != null && <span>{m.pages(d.pageCount)}</span>}
            {d.ocrConfidence != null && <span title={m.ocrConfidenceTitle}>{m.ocrConfidence(d.ocrConfidence)}</span>}
            {ownerNames && <span data-testid="document-owner">{m.owner(ownerLabel(ownerNames, d.ownerId))}</span>}
            <DocumentDate id={d.id} date={d.documentDate} source={d.documentDateSource} quote={d.documentDateQuote} />
            <DocumentCorrespondent
              id={d.id}
              correspondentId={d.correspondentId}
              name={d.correspondentName}
              source={d.correspondentSource}
              confidence={d.correspondentConfidence}
              quote={d.correspondentQuote}
            />
            {d.proposedCorrespondent && <ProposedCorrespondent id={d.id} name={d.proposedCorrespondent} />}
            <span>
              {m.added} <time dateTime={d.createdAt.toISOString()}>{formatDateTime(d.createdAt)}</time>
            </span>
          </div>
          {d.ocrLowConfidence && (
            <div className="alert alert-warn" role="note" data-testid="ocr-low-note">
              {m.ocrLow}
            </div>
          )}
        </div>
        <div className="doc-actions" role="group" aria-label={m.actions}>
          <a className="btn btn-secondary" href={fileUrl} download={d.filename}>
            {m.download}
          </a>
          {d.searchablePdfKey && (
            <a
              className="btn btn-secondary"
              href={`/api/documents/${d.id}/searchable.pdf`}
              download
              title={m.searchablePdfTitle}
            >
              {m.downloadSearchablePdf}
            </a>
          )}
          <button
            type="button"
            className="btn btn-secondary"
            disabled={busy || reextract.isPending}
            onClick={() => reextract.mutate({ id })}
            title={m.reextractTitle}
          >
            {reextract.isPending ? m.queuing : m.reextract}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            disabled={busy || reclassify.isPending}
            onClick={() => reclassify.mutate({ id })}
            title={m.reclassifyTitle}
          >
            {reclassify.isPending ? m.queuing : m.reclassify}
          </button>
          <button type="button" className="btn btn-danger-ghost" onClick={() => setConfirmDelete(true)}>
            {m.delete}
          </button>
        </div>
      </div>

      <div aria-live="polite">
        {busy && (
          <p className="alert alert-info doc-banner" role="status">
            <span className="spinner spinner-sm" aria-hidden="true" />
            <span>
              {m[BUSY_TEXT[d.status as keyof typeof BUSY_TEXT]]} {m.updatesByItself}
            </span>
          </p>
        )}
        {d.status === "failed" && (
          <div className="alert alert-error doc-banner" role="alert">
            <div>
              <strong>{m.failed}</strong>
              <p>
                {d.error ?? m.unknownError} {m.failedHint}
              </p>
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
            <h2 id="preview-title">{m.preview}</h2>
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
        title={m.deleteTitle}
        confirmLabel={m.deleteConfirm}
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => {
          setConfirmDelete(false);
          remove.reset();
        }}
        onConfirm={() => remove.mutate({ id })}
      >
        <p>
          <strong>{d.title}</strong> {m.deleteBody}
        </p>
      </ConfirmDialog>
    </section>
  );
}

function BackLink() {
  const m = useMessages(messages);
  return (
    <p className="back-link">
      <Link href={documentsListUrl()}>{m.allDocuments}</Link>
    </p>
  );
}
