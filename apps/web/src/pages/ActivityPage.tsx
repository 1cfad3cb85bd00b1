import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ConsumeFolderCard } from "../components/ConsumeFolderCard.tsx";
import { IntegrityCard } from "../components/IntegrityCard.tsx";
import { ACTIONS_COLUMN, DataTable } from "../components/DataTable.tsx";
import { Empty, InlineError } from "../components/Feedback.tsx";
import { Link } from "../components/Link.tsx";
import { Page } from "../components/Page.tsx";
import { QueryState } from "../components/QueryState.tsx";
import { formatDateTime } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { documentPath } from "../router.ts";
import { toggleIds } from "../selection.ts";
import { queryClient, trpc, type RouterOutputs } from "../trpc.ts";

type Job = RouterOutputs["jobs"]["list"]["items"][number];
type JobState = Job["state"];

const STATES: readonly JobState[] = ["queued", "running", "retrying", "failed"];

const messages = defineMessages({
  en: {
    queued: "Queued",
    running: "Running",
    retrying: "Retrying",
    failed: "Failed",
    queuedHint: "Waiting for a worker",
    runningHint: "Being worked on now",
    retryingHint: "Failed, will run again",
    failedHint: "Out of attempts",
    extract_text: "Extract text",
    classify_document: "Classify",
    retry_llm_classification: "Ask the model again",
    queuedAgain: (n: number) => `${n} ${n === 1 ? "job" : "jobs"} queued to run again now.`,
    title: "Activity",
    intro: "Background jobs: text extraction and classification. Finished jobs leave this list.",
    refreshing: "Refreshing",
    byState: "Jobs by state",
    stateJobs: (state: string) => `${state} jobs`,
    allJobs: "All jobs",
    showAll: "Show all",
    updatesEvery: (seconds: number) => `Updates every ${seconds} seconds`,
    retrySelected: "Retry selected",
    loading: "Loading jobs…",
    couldNotLoad: "Could not load the jobs",
    noJobsIn: (state: JobState, _label: string) => `No ${state} jobs.`,
    nothingQueued: "Nothing in the queue.",
    allProcessed: "Every document has been processed. New uploads and reclassifications show up here while they run.",
    selectAll: "Select all failed and retrying jobs",
    task: "Task",
    state: "State",
    document: "Document",
    attempts: "Attempts",
    lastError: "Last error",
    times: "Times",
    selectJob: (id: string, task: string) => `Select job ${id} (${task})`,
    documentShort: (id: string) => `Document ${id}`,
    added: "Added",
    nextTry: "Next try",
    retryJob: (id: string, task: string) => `Retry job ${id} (${task})`,
    retryingNow: "Retrying…",
    retryNow: "Retry now",
  },
  de: {
    queued: "Wartet",
    running: "Läuft",
    retrying: "Wird wiederholt",
    failed: "Fehlgeschlagen",
    queuedHint: "Wartet auf einen Worker",
    runningHint: "Wird gerade bearbeitet",
    retryingHint: "Fehlgeschlagen, läuft erneut",
    failedHint: "Keine Versuche mehr",
    extract_text: "Text erkennen",
    classify_document: "Einordnen",
    retry_llm_classification: "Modell erneut fragen",
    queuedAgain: (n: number) => `${n} ${n === 1 ? "Auftrag läuft" : "Aufträge laufen"} gleich erneut.`,
    title: "Aktivität",
    intro: "Hintergrundaufträge: Texterkennung und Einordnung. Erledigte Aufträge verschwinden aus dieser Liste.",
    refreshing: "Wird aktualisiert",
    byState: "Aufträge nach Zustand",
    stateJobs: (state: string) => `Aufträge: ${state}`,
    allJobs: "Alle Aufträge",
    showAll: "Alle anzeigen",
    updatesEvery: (seconds: number) => `Aktualisiert alle ${seconds} Sekunden`,
    retrySelected: "Ausgewählte wiederholen",
    loading: "Aufträge werden geladen…",
    couldNotLoad: "Aufträge konnten nicht geladen werden",
    noJobsIn: (_state: JobState, label: string) => `Keine Aufträge im Zustand „${label}“.`,
    nothingQueued: "Die Warteschlange ist leer.",
    allProcessed: "Alle Dokumente sind verarbeitet. Neue Uploads und Neueinordnungen erscheinen hier, solange sie laufen.",
    selectAll: "Alle fehlgeschlagenen und wiederholten Aufträge auswählen",
    task: "Aufgabe",
    state: "Zustand",
    document: "Dokument",
    attempts: "Versuche",
    lastError: "Letzter Fehler",
    times: "Zeiten",
    selectJob: (id: string, task: string) => `Auftrag ${id} auswählen (${task})`,
    documentShort: (id: string) => `Dokument ${id}`,
    added: "Angelegt",
    nextTry: "Nächster Versuch",
    retryJob: (id: string, task: string) => `Auftrag ${id} wiederholen (${task})`,
    retryingNow: "Wird wiederholt…",
    retryNow: "Jetzt wiederholen",
  },
});

/** The name of a job's task; a task this console does not know by its own name. */
function taskName(m: (typeof messages)["en"], task: string): string {
  return task === "extract_text" || task === "classify_document" || task === "retry_llm_classification" ? m[task] : task;
}

const RETRYABLE: readonly JobState[] = ["failed", "retrying"];
const POLL_MS = 3_000;

export function ActivityPage() {
  const m = useMessages(messages);
  const [filter, setFilter] = useState<JobState | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const jobs = useQuery({
    ...trpc.jobs.list.queryOptions({ state: filter ?? undefined, limit: 200 }),
    refetchInterval: POLL_MS,
  });

  const retry = useMutation(
    trpc.jobs.retry.mutationOptions({
      onSuccess: async ({ retried }, { ids }) => {
        setNotice(m.queuedAgain(retried));
        setSelected((prev) => toggleIds(prev, ids, false));
        await queryClient.invalidateQueries(trpc.jobs.pathFilter());
      },
    }),
  );

  const items = jobs.data?.items ?? [];
  const retryable = items.filter((j) => RETRYABLE.includes(j.state));
  const selectedJobs = retryable.filter((j) => selected.has(j.id));
  const allSelected = retryable.length > 0 && selectedJobs.length === retryable.length;

  function toggle(id: string, on: boolean) {
    setSelected((prev) => toggleIds(prev, [id], on));
  }
  function runRetry(ids: string[]) {
    setNotice(null);
    retry.mutate({ ids });
  }

  return (
    <Page
      title={m.title}
      intro={m.intro}
      actions={jobs.isFetching && !jobs.isPending && <span className="spinner spinner-sm" role="status" aria-label={m.refreshing} />}
    >
      <div className="stat-grid" role="group" aria-label={m.byState}>
        {STATES.map((state) => {
          const n = jobs.data?.counts[state];
          const on = filter === state;
          return (
            <button
              key={state}
              type="button"
              className={`stat stat-${state}${on ? " stat-on" : ""}`}
              aria-pressed={on}
              onClick={() => {
                setFilter(on ? null : state);
                setSelected(new Set());
              }}
              data-testid={`count-${state}`}
            >
              <span className="stat-label">{m[state]}</span>
              <span className="stat-value">{n ?? "–"}</span>
              <span className="stat-hint">{m[`${state}Hint`]}</span>
            </button>
          );
        })}
      </div>

      <div className="card">
        <div className="toolbar">
          <h2 className="toolbar-title">{filter ? m.stateJobs(m[filter]) : m.allJobs}</h2>
          {filter && (
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setFilter(null)}>
              {m.showAll}
            </button>
          )}
          <div className="toolbar-end toolbar-actions">
            <span className="muted small">{m.updatesEvery(POLL_MS / 1000)}</span>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              disabled={selectedJobs.length === 0 || retry.isPending}
              onClick={() => runRetry(selectedJobs.map((j) => j.id))}
            >
              {m.retrySelected}{selectedJobs.length > 0 && ` (${selectedJobs.length})`}
            </button>
          </div>
        </div>
        <div className="card-notices" aria-live="polite">
          {notice && (
            <p className="alert alert-ok" role="status">
              {notice}
            </p>
          )}
          {retry.isError && (
            <div className="toolbar-note">
              <InlineError error={retry.error} />
            </div>
          )}
        </div>

        <QueryState
          query={jobs}
          loading={m.loading}
          errorTitle={m.couldNotLoad}
          isEmpty={() => items.length === 0}
          empty={
            <Empty title={filter ? m.noJobsIn(filter, m[filter]) : m.nothingQueued}>
              <p className="muted">{m.allProcessed}</p>
            </Empty>
          }
        >
          {() => (
            <DataTable
              className="jobs-table"
              columns={[
                {
                  label: (
                    <input
                      type="checkbox"
                      aria-label={m.selectAll}
                      checked={allSelected}
                      disabled={retryable.length === 0}
                      onChange={(e) => setSelected(e.target.checked ? new Set(retryable.map((j) => j.id)) : new Set())}
                    />
                  ),
                  className: "col-check",
                },
                m.task,
                m.state,
                m.document,
                { label: m.attempts, className: "num" },
                m.lastError,
                m.times,
                ACTIONS_COLUMN,
              ]}
            >
              {items.map((j) => (
                <JobRow
                  key={j.id}
                  job={j}
                  selected={selected.has(j.id)}
                  onToggle={(on) => toggle(j.id, on)}
                  onRetry={() => runRetry([j.id])}
                  retrying={retry.isPending && (retry.variables?.ids.includes(j.id) ?? false)}
                />
              ))}
            </DataTable>
          )}
        </QueryState>
      </div>

      <ConsumeFolderCard />
      <IntegrityCard />
    </Page>
  );
}

function JobRow({ job, selected, onToggle, onRetry, retrying }: { job: Job; selected: boolean; onToggle: (on: boolean) => void; onRetry: () => void; retrying: boolean }) {
  const m = useMessages(messages);
  const canRetry = RETRYABLE.includes(job.state);
  const task = taskName(m, job.task);
  const waiting = job.runAt.getTime() > Date.now() + 1000;
  return (
    <tr data-job-id={job.id} data-state={job.state}>
      <td className="col-check">
        {canRetry && <input type="checkbox" checked={selected} onChange={(e) => onToggle(e.target.checked)} aria-label={m.selectJob(job.id, task)} />}
      </td>
      <td>
        <span className="job-task">{task}</span>
        <span className="muted small job-id">#{job.id}</span>
      </td>
      <td>
        <span className={`job-state job-${job.state}`}>
          {job.state === "running" && <span className="pulse" aria-hidden="true" />}
          {STATES.includes(job.state) ? m[job.state] : job.state}
        </span>
      </td>
      <td>
        {job.documentId ? (
          <Link href={documentPath(job.documentId)} className="file-link" title={job.documentId}>
            {m.documentShort(job.documentId.slice(0, 8))}
          </Link>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="num nowrap">
        {job.attempts} / {job.maxAttempts}
      </td>
      <td className="cell-error">{job.lastError ? <p className="job-error" title={job.lastError}>{job.lastError}</p> : <span className="muted">—</span>}</td>
      <td className="nowrap small">
        <div>
          <span className="muted">{m.added}</span> {formatDateTime(job.createdAt)}
        </div>
        {waiting && (
          <div>
            <span className="muted">{m.nextTry}</span> {formatDateTime(job.runAt)}
          </div>
        )}
      </td>
      <td className="cell-actions">
        {canRetry && (
          <button type="button" className="btn btn-secondary btn-xs" onClick={onRetry} disabled={retrying} aria-label={m.retryJob(job.id, task)}>
            {retrying ? m.retryingNow : m.retryNow}
          </button>
        )}
      </td>
    </tr>
  );
}
