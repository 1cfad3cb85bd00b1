import { useQuery } from "@tanstack/react-query";
import { formatBytes, percent as formatPercent } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { documentPath, ROUTES } from "../router.ts";
import { dismiss, type Upload } from "../uploads.ts";
import { trpc } from "../trpc.ts";
import { Link } from "./Link.tsx";
import { BUSY_STATUSES, StatusChip } from "./StatusChip.tsx";

const messages = defineMessages({
  en: {
    into: (path: string) => `into “${path}”`,
    progress: (name: string) => `Upload progress of ${name}`,
    waiting: "Waiting…",
    uploading: (percent: number) => `Uploading… ${percent}%`,
    uploaded: (duplicate: boolean) => `✓ Uploaded${duplicate ? " (you already have a file with the same content)" : ""}`,
    processing: "; processing in the background. ",
    open: "Open it",
    seeDocuments: "See documents",
    dismissFile: (name: string) => `Dismiss ${name}`,
    dismiss: "Dismiss",
  },
  de: {
    into: (path: string) => `in „${path}“`,
    progress: (name: string) => `Fortschritt beim Hochladen von ${name}`,
    waiting: "Wartet…",
    uploading: (percent: number) => `Wird hochgeladen… ${formatPercent(percent / 100)}`,
    uploaded: (duplicate: boolean) => `✓ Hochgeladen${duplicate ? " (Sie haben schon eine Datei mit demselben Inhalt)" : ""}`,
    processing: "; wird im Hintergrund verarbeitet. ",
    open: "Öffnen",
    seeDocuments: "Zu den Dokumenten",
    dismissFile: (name: string) => `${name} ausblenden`,
    dismiss: "Ausblenden",
  },
});

export function UploadRow({ upload }: { upload: Upload }) {
  const m = useMessages(messages);
  const percent = upload.size > 0 ? Math.round((upload.loaded / upload.size) * 100) : upload.state === "done" ? 100 : 0;
  return (
    <li className={`upload upload-${upload.state}`} data-state={upload.state}>
      <div className="upload-head">
        <span className="upload-name" title={upload.name}>
          {upload.name}
        </span>
        <span className="muted small nowrap">{formatBytes(upload.size)}</span>
      </div>
      {upload.target && <span className="upload-folder muted small">{m.into(upload.target.folderPath)}</span>}
      <progress
        className="upload-progress"
        max={100}
        value={upload.state === "error" ? 0 : Math.min(100, percent)}
        aria-label={m.progress(upload.name)}
      />
      <div className="upload-foot" aria-live="polite">
        {upload.state === "queued" && <span className="muted small">{m.waiting}</span>}
        {upload.state === "uploading" && <span className="muted small">{m.uploading(Math.min(100, percent))}</span>}
        {upload.state === "done" && (
          <span className="upload-ok small">
            {m.uploaded(Boolean(upload.duplicate))}
            {upload.documentId ? <Processing id={upload.documentId} /> : m.processing}
            {upload.documentId ? <Link href={documentPath(upload.documentId)}>{m.open}</Link> : <Link href={ROUTES.documents}>{m.seeDocuments}</Link>}
          </span>
        )}
        {upload.state === "error" && (
          <span className="upload-message-error small" role="alert">
            ✕ {upload.error}
          </span>
        )}
        {(upload.state === "done" || upload.state === "error") && (
          <button type="button" className="btn btn-ghost btn-xs" onClick={() => dismiss(upload.key)} aria-label={m.dismissFile(upload.name)}>
            {m.dismiss}
          </button>
        )}
      </div>
    </li>
  );
}

/** The uploaded document's state, live while the worker reads and files it (as on its page). */
function Processing({ id }: { id: string }) {
  const m = useMessages(messages);
  const doc = useQuery({
    ...trpc.documents.get.queryOptions({ id }),
    refetchInterval: (q) => (q.state.data && BUSY_STATUSES.includes(q.state.data.status) ? 1_500 : false),
  });
  if (!doc.data) return <>{m.processing}</>;
  return (
    <span className="upload-processing">
      {" "}
      <StatusChip status={doc.data.status} error={doc.data.error} />{" "}
    </span>
  );
}
