// The consume folder on the Activity page (ADR 0020): last scan, files waiting, recent imports and failures.
import { useQuery } from "@tanstack/react-query";
import { formatBytes, formatDateTime } from "../format.ts";
import { documentPath } from "../router.ts";
import { trpc } from "../trpc.ts";
import { Link } from "./Link.tsx";
import { QueryState } from "./QueryState.tsx";

export function ConsumeFolderCard() {
  const activity = useQuery({ ...trpc.mail.consumeStatus.queryOptions(), refetchInterval: 10_000 });
  return (
    <div className="card" data-testid="consume-folder">
      <div className="toolbar">
        <h2 className="toolbar-title">Consume folder</h2>
      </div>
      <QueryState
        query={activity}
        loading="Loading the consume folder"
        errorTitle="Could not load the consume folder"
        isEmpty={(d) => d.status === null && d.recent.length === 0}
        empty={<p className="muted">No consume folder has run yet: set CONSUME_DIR for the worker (see the README).</p>}
      >
        {({ status, recent }) => (
          <>
            {status && (
              <p>
                <code>{status.dir}</code>: last scan {status.lastScanAt ? formatDateTime(new Date(status.lastScanAt)) : "never"}, {status.filesWaiting} waiting
                {status.lastError && <span className="error-text"> — {status.lastError}</span>}
              </p>
            )}
            {recent.length > 0 && (
              <ul>
                {recent.map((r) => (
                  <li key={`${r.path}-${String(r.createdAt)}`}>
                    {formatDateTime(new Date(r.createdAt))} · {r.documentId ? <Link href={documentPath(r.documentId)}>{r.path}</Link> : r.path} ({formatBytes(r.size)}) —{" "}
                    {r.outcome === "imported" ? "imported" : `failed: ${r.reason ?? ""}`}
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
