import { useId, useState, type DragEvent } from "react";
import { ACCEPTED_TYPES } from "@docscan/shared";
import { acceptedTypeNames } from "../file-types.ts";
import { defineMessages, useMessages } from "../i18n.ts";

const messages = defineMessages({
  en: {
    title: "Drag and drop files here",
    or: "or",
    choose: "Choose files",
    hint: (types: string) => `Several at once are fine. Accepted: ${types}.`,
  },
  de: {
    title: "Dateien hierher ziehen und ablegen",
    or: "oder",
    choose: "Dateien auswählen",
    hint: (types: string) => `Auch mehrere auf einmal. Angenommen werden: ${types}.`,
  },
});

const ACCEPT = [...Object.keys(ACCEPTED_TYPES), ...Object.values(ACCEPTED_TYPES).map((t) => t.ext), ".jpeg", ".tiff", ".htm", ".mht", ".mhtml", ".md", ".csv"].join(",");

/** Drop files here, or pick them; both feed the same callback. */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const m = useMessages(messages);
  const [over, setOver] = useState(false);
  const hintId = useId();

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length) onFiles(files);
  }

  return (
    <div
      className={`dropzone${over ? " dropzone-over" : ""}`}
      onDragEnter={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = "copy";
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={onDrop}
    >
      <svg className="dropzone-icon" viewBox="0 0 24 24" aria-hidden="true">
        <path d="M12 16V4m0 0-4 4m4-4 4 4M4 16v3a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-3" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <p className="dropzone-title">{m.title}</p>
      <p className="muted">{m.or}</p>
      <label className="btn btn-primary file-button">
        {m.choose}
        <input
          type="file"
          multiple
          accept={ACCEPT}
          className="visually-hidden"
          aria-describedby={hintId}
          data-testid="file-input"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = "";
            if (files.length) onFiles(files);
          }}
        />
      </label>
      <p id={hintId} className="muted small">
        {m.hint(acceptedTypeNames())}
      </p>
    </div>
  );
}
