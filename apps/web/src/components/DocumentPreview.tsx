import { useState } from "react";
import { ACCEPTED_TYPES } from "@docscan/shared";
import type { DocumentDetail } from "../pages/DocumentPage.tsx";
import { PdfPreview } from "./PdfPreview.tsx";

/** Raster types the api serves inline (GET /api/documents/:id/preview); everything else is download-only. */
const INLINE_IMAGES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp"]);

/** PDFs page by page (pdf.js), raster images as they are, other types by their thumbnail if there is one. */
export function DocumentPreview({ doc, fileUrl }: { doc: DocumentDetail; fileUrl: string }) {
  const [imageFailed, setImageFailed] = useState(false);

  if (doc.contentType === "application/pdf") return <PdfPreview url={fileUrl} filename={doc.filename} />;

  if (!imageFailed && INLINE_IMAGES.has(doc.contentType)) {
    return (
      <div className="preview-image-wrap">
        <img className="preview-image" src={`/api/documents/${doc.id}/preview`} alt={`The image ${doc.filename}`} onError={() => setImageFailed(true)} />
      </div>
    );
  }

  if (!imageFailed && doc.thumbnailKey) {
    return (
      <div className="preview-image-wrap">
        <img className="preview-image preview-thumbnail" src={`/api/documents/${doc.id}/thumbnail`} alt={`First page of ${doc.filename}`} onError={() => setImageFailed(true)} />
        <p className="muted small preview-caption">A rendering of the first page. Download the file for the original.</p>
      </div>
    );
  }

  const label = (ACCEPTED_TYPES as Record<string, { label: string }>)[doc.contentType]?.label ?? doc.contentType;
  return (
    <div className="preview-empty" data-testid="no-preview">
      <svg className="preview-empty-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8l-5-5Zm0 0v5h5M9 13h6M9 17h4" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <p className="empty-title">{imageFailed ? "The preview could not be loaded." : `No preview for this type (${label}).`}</p>
      <p className="muted small">Download the file to open it. {doc.text ? "Its extracted text is below." : ""}</p>
      <a className="btn btn-secondary btn-sm" href={fileUrl} download={doc.filename}>
        Download {doc.filename}
      </a>
    </div>
  );
}
