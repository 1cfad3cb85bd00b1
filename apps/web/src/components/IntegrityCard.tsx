// The last integrity check on the Activity page (ADR 0023): when it ran, what it found, what it could not repair.
import { useQuery } from "@tanstack/react-query";
import { formatDateTime, formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { trpc } from "../trpc.ts";
import { QueryState } from "./QueryState.tsx";

const SECTIONS = ["missingOriginals", "damagedOriginals", "orphans", "missingThumbnails", "missingText", "stuckDocuments", "counters"] as const;

const messages = defineMessages({
  en: {
    missingOriginals: "originals missing",
    damagedOriginals: "originals damaged",
    orphans: "orphan objects",
    missingThumbnails: "thumbnails missing",
    missingText: "texts missing",
    stuckDocuments: "documents stuck",
    counters: "quota counters wrong",
    title: "Integrity check",
    loading: "Loading the last integrity check",
    couldNotLoad: "Could not load the last integrity check",
    notRunYet: "No check has run yet: it runs weekly, or now with `pnpm docscan check` (see the README).",
    allInOrder: "All in order",
    problemsFound: "Problems found",
    lastRun: (when: string, repair: boolean, originals: number, sampled: boolean, documents: number) =>
      `Last run ${when}${repair ? " with repair" : ""}, ${originals} ${originals === 1 ? "original" : "originals"} checked${sampled ? " (a sample)" : ""} of ${documents} ${documents === 1 ? "document" : "documents"}.`,
    repaired: (n: number) => `, ${formatNumber(n)} repaired`,
  },
  de: {
    missingOriginals: "Originale fehlen",
    damagedOriginals: "Originale beschädigt",
    orphans: "verwaiste Objekte",
    missingThumbnails: "Vorschaubilder fehlen",
    missingText: "Texte fehlen",
    stuckDocuments: "Dokumente hängen fest",
    counters: "Kontingentzähler falsch",
    title: "Integritätsprüfung",
    loading: "Letzte Integritätsprüfung wird geladen",
    couldNotLoad: "Letzte Integritätsprüfung konnte nicht geladen werden",
    notRunYet: "Noch keine Prüfung gelaufen: Sie läuft wöchentlich oder sofort mit `pnpm docscan check` (siehe README).",
    allInOrder: "Alles in Ordnung",
    problemsFound: "Probleme gefunden",
    lastRun: (when: string, repair: boolean, originals: number, sampled: boolean, documents: number) =>
      `Letzter Lauf ${when}${repair ? " mit Reparatur" : ""}: ${formatNumber(originals)} ${originals === 1 ? "Original" : "Originale"} von ${formatNumber(documents)} ${documents === 1 ? "Dokument" : "Dokumenten"} geprüft${sampled ? " (Stichprobe)" : ""}.`,
    repaired: (n: number) => `, ${formatNumber(n)} repariert`,
  },
});

export function IntegrityCard() {
  const m = useMessages(messages);
  const check = useQuery(trpc.jobs.integrity.queryOptions());
  return (
    <div className="card" data-testid="integrity-check">
      <div className="toolbar">
        <h2 className="toolbar-title">{m.title}</h2>
      </div>
      <QueryState
        query={check}
        loading={m.loading}
        errorTitle={m.couldNotLoad}
        isEmpty={(report) => report === null}
        empty={<p className="muted">{m.notRunYet}</p>}
      >
        {(report) =>
          report && (
            <>
              <p>
                <span className={`status-chip status-${report.ok ? "done" : "failed"}`}>{report.ok ? m.allInOrder : m.problemsFound}</span>{" "}
                {m.lastRun(formatDateTime(new Date(report.finishedAt)), report.repair, report.originalsChecked, report.sampled, report.documents)}
              </p>
              {SECTIONS.some((key) => report[key].found > 0) && (
                <ul>
                  {SECTIONS.filter((key) => report[key].found > 0).map((key) => (
                    <li key={key}>
                      {report[key].found} {m[key]}
                      {report[key].repaired > 0 ? m.repaired(report[key].repaired) : ""}
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
