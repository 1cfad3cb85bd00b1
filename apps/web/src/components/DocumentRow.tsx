import { useMutation } from "@tanstack/react-query";
import { formatBytes, formatDate, formatTime } from "../format.ts";
import { errorMessage } from "../errors.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc, type DocumentItem, type Topic } from "../trpc.ts";
import { SearchSnippet } from "./SearchSnippet.tsx";
import { BUSY_STATUSES, StatusChip } from "./StatusChip.tsx";
import { TopicChip } from "./TopicChip.tsx";
import { TopicPicker } from "./TopicPicker.tsx";

const messages = defineMessages({
  en: {
    select: (filename: string) => `Select ${filename}`,
    downloadFile: (filename: string) => `Download ${filename}`,
    download: "Download",
    from: (correspondent: string) => ` · from ${correspondent}`,
    inFolderTitle: (path: string) => `In folder ${path}`,
    inFolder: "In folder ",
    none: "None",
    owner: "Owner",
    reclassifyFile: (filename: string) => `Reclassify ${filename}`,
    reclassify: "Reclassify",
    deleteFile: (filename: string) => `Delete ${filename}`,
    delete: "Delete",
    lowOcrTitle: "OCR could barely read at least one page: its text may be wrong",
    lowOcr: "Low OCR confidence",
  },
  de: {
    select: (filename: string) => `${filename} auswählen`,
    downloadFile: (filename: string) => `${filename} herunterladen`,
    download: "Herunterladen",
    from: (correspondent: string) => ` · von ${correspondent}`,
    inFolderTitle: (path: string) => `Im Ordner ${path}`,
    inFolder: "Im Ordner ",
    none: "Keine",
    owner: "Eigentümer",
    reclassifyFile: (filename: string) => `${filename} neu einordnen`,
    reclassify: "Neu einordnen",
    deleteFile: (filename: string) => `${filename} löschen`,
    delete: "Löschen",
    lowOcrTitle: "OCR konnte mindestens eine Seite kaum lesen: ihr Text kann falsch sein",
    lowOcr: "Geringe OCR-Sicherheit",
  },
});

interface Props {
  doc: DocumentItem;
  topics: readonly Topic[];
  selected: boolean;
  /** Highlighted for the keyboard (j/k): focusable, and `e` opens its topic picker. */
  active: boolean;
  onActivate: () => void;
  /** `range`: shift-click, extend the selection from the last row clicked. */
  onSelect: (on: boolean, range: boolean) => void;
  /** Where the document is filed ("Finance / 2025"), when the list is not showing one folder. */
  folderPath?: string;
  /** Admins: whose document it is; undefined leaves the column out. */
  owner?: string;
  onDelete: () => void;
}

export function DocumentRow({ doc, topics, selected, active, onActivate, folderPath, owner, onSelect, onDelete }: Props) {
  const m = useMessages(messages);
  const reclassify = useMutation(
    trpc.documents.reclassify.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.documents.pathFilter()),
    }),
  );
  const busy = BUSY_STATUSES.includes(doc.status);

  return (
    <tr
      data-document-id={doc.id}
      className={[active && "row-active", selected && "row-selected"].filter(Boolean).join(" ") || undefined}
      tabIndex={active ? 0 : -1}
      aria-current={active ? "true" : undefined}
      onFocus={(e) => {
        if (e.target === e.currentTarget) onActivate();
      }}
    >
      <td className="col-check">
        <input
          type="checkbox"
          className="row-check"
          checked={selected}
          aria-label={m.select(doc.filename)}
          // A click (mouse or Space) tells whether Shift was held; the change event does not.
          readOnly
          onClick={(e) => onSelect(e.currentTarget.checked, e.shiftKey)}
        />
      </td>
      <td className="cell-thumb" aria-hidden="true">
        {doc.thumbnailKey ? (
          <img className="thumb" src={`/api/documents/${doc.id}/thumbnail`} alt="" loading="lazy" width={40} height={52} />
        ) : (
          <span className="thumb thumb-empty" />
        )}
      </td>
      <td className="cell-file">
        {/* Opens the document page (in-app navigation: router.ts followInAppLinks); downloading stays one click away. */}
        <span className="file-name">
          <a href={`/documents/${doc.id}`} className="file-link">
            {doc.title}
          </a>
          <a href={`/api/documents/${doc.id}/file`} download={doc.filename} className="file-download" aria-label={m.downloadFile(doc.filename)} title={m.download}>
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M8 2v8m0 0-3-3m3 3 3-3M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
          </a>
        </span>
        <span className="file-meta muted small">
          {doc.title !== doc.filename && <span className="file-original">{doc.filename} · </span>}
          {formatBytes(doc.size)}
          {doc.correspondentName && <span className="file-correspondent">{m.from(doc.correspondentName)}</span>}
        </span>
        {folderPath && (
          <span className="file-folder muted small" title={m.inFolderTitle(folderPath)}>
            <span className="visually-hidden">{m.inFolder}</span>
            {folderPath}
          </span>
        )}
        {doc.snippet && <SearchSnippet snippet={doc.snippet} />}
      </td>
      <td>
        <StatusChip status={doc.status} error={doc.error} />
        {doc.ocrLowConfidence && <LowOcrBadge />}
      </td>
      <td className="cell-topics">
        <div className="chips">
          {doc.topics.map((t) => (
            <TopicChip key={t.id} topic={t} />
          ))}
          {doc.topics.length === 0 && <span className="muted small">{busy ? "…" : m.none}</span>}
          <TopicPicker doc={doc} topics={topics} shortcut={active} />
        </div>
      </td>
      {owner !== undefined && (
        <td className="cell-owner small" data-label={m.owner}>
          <BreakableEmail email={owner} />
        </td>
      )}
      <td className="num nowrap col-size">{formatBytes(doc.size)}</td>
      <td className="nowrap">
        <time dateTime={doc.createdAt.toISOString()} className="date">
          {formatDate(doc.createdAt)}
          <span className="muted small">{formatTime(doc.createdAt)}</span>
        </time>
      </td>
      <td className="cell-actions">
        <div className="row-actions">
          <button
            type="button"
            className="btn btn-secondary btn-xs"
            onClick={() => reclassify.mutate({ id: doc.id })}
            disabled={busy || reclassify.isPending}
            aria-label={m.reclassifyFile(doc.filename)}
          >
            {m.reclassify}
          </button>
          <button type="button" className="btn btn-danger-ghost btn-xs" onClick={onDelete} aria-label={m.deleteFile(doc.filename)}>
            {m.delete}
          </button>
        </div>
        {reclassify.isError && (
          <p className="inline-error small" role="alert">
            {errorMessage(reclassify.error)}
          </p>
        )}
      </td>
    </tr>
  );
}

/** OCR could barely read a page: its text (and so search and topics) may be wrong. */
export function LowOcrBadge() {
  const m = useMessages(messages);
  return (
    <span className="ocr-low-badge" title={m.lowOcrTitle} data-testid="ocr-low">
      {m.lowOcr}
    </span>
  );
}

/** An e-mail in a narrow column breaks before its "@" rather than between any two letters. */
function BreakableEmail({ email }: { email: string }) {
  const at = email.indexOf("@");
  if (at <= 0) return email;
  return (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}
