// The consume folder on the Activity page (ADR 0020): last scan, files waiting, recent imports and failures.
import { useQuery } from "@tanstack/react-query";
import { formatBytes, formatDateTime } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { documentPath } from "../router.ts";
import { trpc } from "../trpc.ts";
import { Link } from "./Link.tsx";
import { QueryState } from "./QueryState.tsx";

const messages = defineMessages({
  en: {
    title: "Consume folder",
    loading: "Loading the consume folder",
    couldNotLoad: "Could not load the consume folder",
    notRunYet: "No consume folder has run yet: set CONSUME_DIR for the worker (see the README).",
    lastScan: (when: string | null, waiting: number) => `: last scan ${when ?? "never"}, ${waiting} waiting`,
    imported: "imported",
    failed: (reason: string) => `failed: ${reason}`,
  },
  de: {
    title: "Eingangsordner",
    loading: "Eingangsordner wird geladen",
    couldNotLoad: "Eingangsordner konnte nicht geladen werden",
    notRunYet: "Noch kein Eingangsordner gelaufen: Setzen Sie CONSUME_DIR für den Worker (siehe README).",
    lastScan: (when: string | null, waiting: number) => `: letzter Durchlauf ${when ?? "nie"}, ${waiting} ${waiting === 1 ? "Datei wartet" : "Dateien warten"}`,
    imported: "importiert",
    failed: (reason: string) => `fehlgeschlagen: ${reason}`,
  },
});

export function ConsumeFolderCard() {
  const m = useMessages(messages);
  const activity = useQuery({ ...trpc.mail.consumeStatus.queryOptions(), refetchInterval: 10_000 });
  return (
    <div className="card" data-testid="consume-folder">
      <div className="toolbar">
        <h2 className="toolbar-title">{m.title}</h2>
      </div>
      <QueryState
        query={activity}
        loading={m.loading}
        errorTitle={m.couldNotLoad}
        isEmpty={(d) => d.status === null && d.recent.length === 0}
        empty={<p className="muted">{m.notRunYet}</p>}
      >
        {({ status, recent }) => (
          <>
            {status && (
              <p>
                <code>{status.dir}</code>
                {m.lastScan(status.lastScanAt ? formatDateTime(new Date(status.lastScanAt)) : null, status.filesWaiting)}
                {status.lastError && <span className="error-text"> — {status.lastError}</span>}
              </p>
            )}
            {recent.length > 0 && (
              <ul>
                {recent.map((r) => (
                  <li key={`${r.path}-${String(r.createdAt)}`}>
                    {formatDateTime(new Date(r.createdAt))} · {r.documentId ? <Link href={documentPath(r.documentId)}>{r.path}</Link> : r.path} ({formatBytes(r.size)}) —{" "}
                    {r.outcome === "imported" ? m.imported : m.failed(r.reason ?? "")}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </QueryState>
    </div>
  );
}
