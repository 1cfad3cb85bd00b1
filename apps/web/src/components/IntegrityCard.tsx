// The last integrity check on the Activity page (ADR 0023): when it ran, what it found, what it could not repair.
import { useQuery } from "@tanstack/react-query";
import { formatDateTime, plural } from "../format.ts";
import { trpc } from "../trpc.ts";
import { QueryState } from "./QueryState.tsx";

const SECTIONS = [
  ["missingOriginals", "originals missing"],
  ["damagedOriginals", "originals damaged"],
  ["orphans", "orphan objects"],
  ["missingThumbnails", "thumbnails missing"],
  ["missingText", "texts missing"],
  ["stuckDocuments", "documents stuck"],
  ["counters", "quota counters wrong"],
] as const;

export function IntegrityCard() {
  const check = useQuery(trpc.jobs.integrity.queryOptions());
  return (
    <div className="card" data-testid="integrity-check">
      <div className="toolbar">
        <h2 className="toolbar-title">Integrity check</h2>
      </div>
      <QueryState
        query={check}
        loading="Loading the last integrity check"
        errorTitle="Could not load the last integrity check"
        isEmpty={(report) => report === null}
        empty={<p className="muted">No check has run yet: it runs weekly, or now with `pnpm docscan check` (see the README).</p>}
      >
        {(report) =>
          report && (
            <>
              <p>
                <span className={`status-chip status-${report.ok ? "done" : "failed"}`}>{report.ok ? "All in order" : "Problems found"}</span> Last run{" "}
                {formatDateTime(new Date(report.finishedAt))}
                {report.repair ? " with repair" : ""}, {plural(report.originalsChecked, "original")} checked{report.sampled ? " (a sample)" : ""} of{" "}
                {plural(report.documents, "document")}.
              </p>
              {SECTIONS.some(([key]) => report[key].found > 0) && (
                <ul>
                  {SECTIONS.filter(([key]) => report[key].found > 0).map(([key, label]) => (
                    <li key={key}>
                      {report[key].found} {label}
                      {report[key].repaired > 0 ? `, ${report[key].repaired} repaired` : ""}
                    </li>
                  ))}
                </ul>
              )}
              {report.unrepaired.length > 0 && (
                <ul className="status-error">
                  {report.unrepaired.map((line) => (
                    <li key={line}>{line}</li>
                  ))}
                </ul>
              )}
            </>
          )
        }
      </QueryState>
    </div>
  );
}
