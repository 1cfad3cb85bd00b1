// One file, one XMLHttpRequest to the REST upload route: fetch() cannot report upload progress.
import { defineMessages, messagesOf } from "./i18n.ts";
import { csrfHeaders, recheckSession } from "./trpc.ts";

export interface UploadedDocument {
  id: string;
  filename: string;
  status: string;
  /** An existing document with the same bytes (the upload is stored all the same). */
  duplicateOf?: string | null;
}

// What the console says when the server's answer has no message of its own (a proxy's 413, a dropped connection).
// A message from the server is shown as it comes (ADR 0037).
const messages = defineMessages({
  en: {
    400: "The server could not read this upload.",
    401: "You are signed out: sign in again to upload.",
    413: "This file is larger than the server accepts.",
    415: "This file type is not supported.",
    failed: (status: number) => `Upload failed (HTTP ${status}).`,
    interrupted: "The upload was interrupted: the server closed the connection or cannot be reached.",
    timedOut: "The upload timed out.",
  },
  de: {
    400: "Der Server konnte diese hochgeladene Datei nicht lesen.",
    401: "Sie sind abgemeldet: Melden Sie sich erneut an, um hochzuladen.",
    413: "Diese Datei ist größer, als der Server annimmt.",
    415: "Dieser Dateityp wird nicht unterstützt.",
    failed: (status: number) => `Hochladen fehlgeschlagen (HTTP ${status}).`,
    interrupted: "Das Hochladen wurde unterbrochen: Der Server hat die Verbindung geschlossen oder ist nicht erreichbar.",
    timedOut: "Das Hochladen hat zu lange gedauert.",
  },
});
const FALLBACK_STATUSES = [400, 401, 413, 415] as const;

function fallbackMessage(status: number): string {
  const m = messagesOf(messages);
  const known = FALLBACK_STATUSES.find((s) => s === status);
  return known ? m[known] : m.failed(status);
}

/** Uploads one file, into the caller's folder `folderId` if given. */
export function uploadFile(file: File, onProgress: (loaded: number, total: number) => void, folderId: string | null = null): Promise<UploadedDocument> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", folderId ? `/api/documents?folder=${encodeURIComponent(folderId)}` : "/api/documents");
    xhr.setRequestHeader("Accept", "application/json");
    for (const [name, value] of Object.entries(csrfHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded, e.total);
    };
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status === 401) recheckSession();
      if (xhr.status === 201 && body && Array.isArray(body.documents) && body.documents[0]) {
        resolve(body.documents[0] as UploadedDocument);
        return;
      }
      const message = typeof body?.error === "string" && body.error ? body.error : fallbackMessage(xhr.status);
      reject(new Error(message));
    };
    xhr.onerror = () => reject(new Error(messagesOf(messages).interrupted));
    xhr.ontimeout = () => reject(new Error(messagesOf(messages).timedOut));
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}

function parseJson(text: string): Record<string, unknown> | null {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === "object" && v !== null ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
