import { useState } from "react";
import { typeLabel } from "../file-types.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import type { DocumentDetail } from "../pages/DocumentPage.tsx";
import { PdfPreview } from "./PdfPreview.tsx";

const messages = defineMessages({
  en: {
    imageAlt: (filename: string) => `The image ${filename}`,
    thumbnailAlt: (filename: string) => `First page of ${filename}`,
    thumbnailCaption: "A rendering of the first page. Download the file for the original.",
    couldNotLoad: "The preview could not be loaded.",
    noPreview: (type: string) => `No preview for this type (${type}).`,
    downloadToOpen: "Download the file to open it.",
    textBelow: "Its extracted text is below.",
    download: (filename: string) => `Download ${filename}`,
  },
  de: {
    imageAlt: (filename: string) => `Das Bild ${filename}`,
    thumbnailAlt: (filename: string) => `Erste Seite von ${filename}`,
    thumbnailCaption: "Eine Darstellung der ersten Seite. Laden Sie die Datei herunter, um das Original zu sehen.",
    couldNotLoad: "Die Vorschau konnte nicht geladen werden.",
    noPreview: (type: string) => `Keine Vorschau für diesen Typ (${type}).`,
    downloadToOpen: "Laden Sie die Datei herunter, um sie zu öffnen.",
    textBelow: "Ihr erkannter Text steht unten.",
    download: (filename: string) => `${filename} herunterladen`,
  },
});

/** Raster types the api serves inline (GET /api/documents/:id/preview); everything else is download-only. */
const INLINE_IMAGES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"]);

/** PDFs page by page (pdf.js), raster images as they are, other types by their thumbnail if there is one. */
export function DocumentPreview({ doc, fileUrl }: { doc: DocumentDetail; fileUrl: string }) {
  const m = useMessages(messages);
  const [imageFailed, setImageFailed] = useState(false);

  if (doc.contentType === "application/pdf") return <PdfPreview url={fileUrl} filename={doc.filename} />;

  if (!imageFailed && INLINE_IMAGES.has(doc.contentType)) {
    return (
      <div className="preview-image-wrap">
        <img className="preview-image" src={`/api/documents/${doc.id}/preview`} alt={m.imageAlt(doc.filename)} onError={() => setImageFailed(true)} />
      </div>
    );
  }

  if (!imageFailed && doc.thumbnailKey) {
    return (
      <div className="preview-image-wrap">
        <img className="preview-image preview-thumbnail" src={`/api/documents/${doc.id}/thumbnail`} alt={m.thumbnailAlt(doc.filename)} onError={() => setImageFailed(true)} />
        <p className="muted small preview-caption">{m.thumbnailCaption}</p>
      </div>
    );
  }

  return (
    <div className="preview-empty" data-testid="no-preview">
      <svg className="preview-empty-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5Zm0 0v5h5M9 13h6M9 17h4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <p className="empty-title">{imageFailed ? m.couldNotLoad : m.noPreview(typeLabel(doc.contentType))}</p>
      <p className="muted small">
        {m.downloadToOpen} {doc.text ? m.textBelow : ""}
      </p>
      <a className="btn btn-secondary btn-sm" href={fileUrl} download={doc.filename}>
        {m.download(doc.filename)}
      </a>
    </div>
  );
}
