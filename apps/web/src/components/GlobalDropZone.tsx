// Files dropped anywhere on a console page are uploaded: a full-page overlay while dragging, then a
// panel with each file's progress (the Upload page shows its own list instead).
import { useEffect, useState } from "react";
import { formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { ROUTES, useRoute } from "../router.ts";
import { addFiles, clearFinished, getDropTarget, useUploads, type UploadTarget } from "../uploads.ts";
import { Link } from "./Link.tsx";
import { UploadRow } from "./UploadRow.tsx";

const messages = defineMessages({
  en: {
    dropToUpload: "Drop files to upload",
    into: (path: string) => `into “${path}”`,
    uploading: (n: number) => `Uploading ${n === 1 ? "1 file" : `${n} files`}…`,
    finishedFailed: (failed: number) => `Uploads finished, ${failed} failed`,
    finished: "Uploads finished",
    uploads: "Uploads",
    show: "Show",
    hide: "Hide",
    close: "Close the uploads panel",
    openUploadPage: "Open the Upload page",
    clearFinished: "Clear finished",
  },
  de: {
    dropToUpload: "Dateien zum Hochladen ablegen",
    into: (path: string) => `in „${path}“`,
    uploading: (n: number) => `${n === 1 ? "1 Datei wird" : `${formatNumber(n)} Dateien werden`} hochgeladen…`,
    finishedFailed: (failed: number) => `Hochladen beendet, ${formatNumber(failed)} fehlgeschlagen`,
    finished: "Hochladen beendet",
    uploads: "Hochgeladene Dateien",
    show: "Zeigen",
    hide: "Ausblenden",
    close: "Hochladen-Bereich schließen",
    openUploadPage: "Seite Hochladen öffnen",
    clearFinished: "Fertige entfernen",
  },
});

function carriesFiles(e: DragEvent): boolean {
  return e.dataTransfer?.types.includes("Files") ?? false;
}

export function GlobalDropZone() {
  const m = useMessages(messages);
  const route = useRoute();
  // The folder the overlay names; null while nothing is dragged over the page.
  const [dragging, setDragging] = useState<{ target: UploadTarget | null } | null>(null);
  const [panelOpen, setPanelOpen] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every element crossed: count them to know when the drag left the page.
    let depth = 0;
    const reset = () => {
      depth = 0;
      setDragging(null);
    };
    function onEnter(e: DragEvent) {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (depth++ === 0) setDragging({ target: getDropTarget() });
    }
    function onOver(e: DragEvent) {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // lets the drop happen here instead of the browser opening the file
      if (e.dataTransfer) e.dataTransfer.dropEffect = "copy";
    }
    function onLeave(e: DragEvent) {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) reset();
    }
    function onDrop(e: DragEvent) {
      if (!carriesFiles(e)) return;
      reset();
      // The Upload page's own drop zone has taken these files already.
      if (e.defaultPrevented) return;
      e.preventDefault();
      const files = [...(e.dataTransfer?.files ?? [])];
      if (files.length === 0) return;
      addFiles(files, getDropTarget());
      setPanelOpen(true);
    }
    window.addEventListener("dragenter", onEnter);
    window.addEventListener("dragover", onOver);
    window.addEventListener("dragleave", onLeave);
    window.addEventListener("drop", onDrop);
    window.addEventListener("dragend", reset);
    return () => {
      window.removeEventListener("dragenter", onEnter);
      window.removeEventListener("dragover", onOver);
      window.removeEventListener("dragleave", onLeave);
      window.removeEventListener("drop", onDrop);
      window.removeEventListener("dragend", reset);
    };
  }, []);

  return (
    <>
      {dragging && (
        <div className="drop-overlay" role="status" aria-live="assertive">
          <div className="drop-overlay-card">
            <svg className="dropzone-icon" viewBox="0 0 24 24" aria-hidden="true">
              <path d="M12 16V4m0 0-4 4m4-4 4 4M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <p className="drop-overlay-title">{m.dropToUpload}</p>
            {dragging.target && <p className="muted">{m.into(dragging.target.folderPath)}</p>}
          </div>
        </div>
      )}
      {panelOpen && route !== "upload" && <UploadPanel onClose={() => setPanelOpen(false)} />}
    </>
  );
}

/** Progress of the uploads, docked in a corner so the page stays usable. */
function UploadPanel({ onClose }: { onClose: () => void }) {
  const m = useMessages(messages);
  const uploads = useUploads();
  const [collapsed, setCollapsed] = useState(false);
  const active = uploads.filter((u) => u.state === "queued" || u.state === "uploading").length;
  const failed = uploads.filter((u) => u.state === "error").length;
  const finished = uploads.length - active;
  if (uploads.length === 0) return null;

  const summary = active > 0 ? m.uploading(active) : failed > 0 ? m.finishedFailed(failed) : m.finished;
  return (
    <aside className="upload-panel card" aria-label={m.uploads}>
      <div className="upload-panel-head">
        <h2 aria-live="polite">{summary}</h2>
        <div className="upload-panel-actions">
          <button type="button" className="btn btn-ghost btn-xs" aria-expanded={!collapsed} onClick={() => setCollapsed((c) => !c)}>
            {collapsed ? m.show : m.hide}
          </button>
          <button type="button" className="btn btn-ghost btn-xs" onClick={onClose} aria-label={m.close}>
            ✕
          </button>
        </div>
      </div>
      {!collapsed && (
        <>
          <ul className="uploads upload-panel-list" aria-label={m.uploads}>
            {uploads.map((u) => (
              <UploadRow key={u.key} upload={u} />
            ))}
          </ul>
          <div className="upload-panel-foot">
            <Link href={ROUTES.upload} className="small">
              {m.openUploadPage}
            </Link>
            {finished > 0 && (
              <button type="button" className="btn btn-ghost btn-xs" onClick={clearFinished}>
                {m.clearFinished}
              </button>
            )}
          </div>
        </>
      )}
    </aside>
  );
}
