import { useQuery } from "@tanstack/react-query";
import { formatBytes } from "../format.ts";
import { documentPath, ROUTES } from "../router.ts";
import { dismiss, type Upload } from "../uploads.ts";
import { trpc } from "../trpc.ts";
import { Link } from "./Link.tsx";
import { BUSY_STATUSES, StatusChip } from "./StatusChip.tsx";

export function UploadRow({ upload }: { upload: Upload }) {
  const percent = upload.size > 0 ? Math.round((upload.loaded / upload.size) * 100) : upload.state === "done" ? 100 : 0;
  return (
    <li className={`upload upload-${upload.state}`} data-state={upload.state}>
      <div className="upload-head">
        <span className="upload-name" title={upload.name}>
          {upload.name}
        </span>
        <span className="muted small nowrap">{formatBytes(upload.size)}</span>
      </div>
      {upload.target && <span className="upload-folder muted small">into “{upload.target.folderPath}”</span>}
      <progress
        className="upload-progress"
        max={100}
        value={upload.state === "error" ? 0 : Math.min(100, percent)}
        aria-label={`Upload progress of ${upload.name}`}
      />
      <div className="upload-foot" aria-live="polite">
        {upload.state === "queued" && <span className="muted small">Waiting…</span>}
        {upload.state === "uploading" && <span className="muted small">Uploading… {Math.min(100, percent)}%</span>}
        {upload.state === "done" && (
          <span className="upload-ok small">
            ✓ Uploaded{upload.duplicate ? " (you already have a file with the same content)" : ""}
            {upload.documentId ? <Processing id={upload.documentId} /> : "; processing in the background. "}
            {upload.documentId ? <Link href={documentPath(upload.documentId)}>Open it</Link> : <Link href={ROUTES.documents}>See documents</Link>}
          </span>
        )}
        {upload.state === "error" && (
          <span className="upload-message-error small" role="alert">
            ✕ {upload.error}
          </span>
        )}
        {(upload.state === "done" || upload.state === "error") && (
          <button type="button" className="btn btn-ghost btn-xs" onClick={() => dismiss(upload.key)} aria-label={`Dismiss ${upload.name}`}>
            Dismiss
          </button>
        )}
      </div>
    </li>
  );
}

/** The uploaded document's state, live while the worker reads and files it (as on its page). */
function Processing({ id }: { id: string }) {
  const doc = useQuery({
    ...trpc.documents.get.queryOptions({ id }),
    refetchInterval: (q) => (q.state.data && BUSY_STATUSES.includes(q.state.data.status) ? 1_500 : false),
  });
  if (!doc.data) return <>; processing in the background. </>;
  return (
    <span className="upload-processing">
      {" "}
      <StatusChip status={doc.data.status} error={doc.data.error} />{" "}
    </span>
  );
}
