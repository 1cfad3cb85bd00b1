// The names of the file types docscan accepts, in the console's language. English is the shared package's own
// label; German is listed here, typed so that a type added to ACCEPTED_TYPES is a type error until it has one.
import { ACCEPTED_TYPES, isAcceptedType, type AcceptedType } from "@docscan/shared";
import { defineMessages, messagesOf } from "./i18n.ts";

const GERMAN: Record<AcceptedType, string> = {
  "application/pdf": "PDF",
  "image/png": "PNG-Bild",
  "image/jpeg": "JPEG-Bild",
  "image/tiff": "TIFF-Bild",
  "image/gif": "GIF-Bild",
  "image/bmp": "BMP-Bild",
  "image/webp": "WebP-Bild",
  "image/heic": "HEIC-Bild",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word-Dokument",
  "application/vnd.oasis.opendocument.text": "OpenDocument-Text",
  "text/plain": "Reiner Text",
  "text/html": "Webseite",
  "message/rfc822": "E-Mail",
  "application/vnd.ms-outlook": "Outlook-Nachricht",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel-Arbeitsmappe",
  "application/vnd.ms-excel": "Excel-97–2003-Arbeitsmappe",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint-Präsentation",
  "application/vnd.oasis.opendocument.spreadsheet": "OpenDocument-Tabelle",
  "application/vnd.oasis.opendocument.presentation": "OpenDocument-Präsentation",
  "application/rtf": "Rich Text",
};

const messages = defineMessages({
  en: { label: (type: AcceptedType) => ACCEPTED_TYPES[type].label as string },
  de: { label: (type: AcceptedType) => GERMAN[type] },
});

/** "PNG image" (German "PNG-Bild"); an unknown type by its MIME type. */
export function typeLabel(contentType: string): string {
  return isAcceptedType(contentType) ? messagesOf(messages).label(contentType) : contentType;
}

/** The accepted types for a hint, images by their format alone: "PDF, PNG, JPEG, …, Word document, …". */
export function acceptedTypeNames(): string {
  const short = (Object.keys(ACCEPTED_TYPES) as AcceptedType[]).map((t) => typeLabel(t).replace(/ image$|-Bild$/, ""));
  return [...new Set(short)].join(", ");
}
