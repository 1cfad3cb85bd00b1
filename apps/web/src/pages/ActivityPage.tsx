import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ConsumeFolderCard } from "../components/ConsumeFolderCard.tsx";
import { IntegrityCard } from "../components/IntegrityCard.tsx";
import { ACTIONS_COLUMN, DataTable } from "../components/DataTable.tsx";
import { Empty, InlineError } from "../components/Feedback.tsx";
import { Link } from "../components/Link.tsx";
import { Page } from "../components/Page.tsx";
import { QueryState } from "../components/QueryState.tsx";
import { formatDateTime, plural } from "../format.ts";
import { documentPath } from "../router.ts";
import { toggleIds } from "../selection.ts";
import { queryClient, trpc, type RouterOutputs } from "../trpc.ts";

type Job = RouterOutputs["jobs"]["list"]["items"][number];
type JobState = Job["state"];

const STATES: { state: JobState; label: string; hint: string }[] = [
  { state: "queued", label: "Queued", hint: "Waiting for a worker" },
  { state: "running", label: "Running", hint: "Being worked on now" },
  { state: "retrying", label: "Retrying", hint: "Failed, will run again" },
  { state: "failed", label: "Failed", hint: "Out of attempts" },
];

const TASKS: Record<string, string> = {
  extract_text: "Extract text",
  classify_document: "Classify",
  retry_llm_classification: "Ask the model again",
};

const RETRYABLE: readonly JobState[] = ["failed", "retrying"];
const POLL_MS = 3_000;

export function ActivityPage() {
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
        setNotice(`${plural(retried, "job")} queued to run again now.`);
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
      title="Activity"
      intro="Background jobs: text extraction and classification. Finished jobs leave this list."
      actions={jobs.isFetching && !jobs.isPending && <span className="spinner spinner-sm" role="status" aria-label="Refreshing" />}
    >
      <div className="stat-grid" role="group" aria-label="Jobs by state">
        {STATES.map(({ state, label, hint }) => {
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
              <span className="stat-label">{label}</span>
              <span className="stat-value">{n ?? "–"}</span>
              <span className="stat-hint">{hint}</span>
            </button>
          );
        })}
      </div>

      <div className="card">
        <div className="toolbar">
          <h2 className="toolbar-title">{filter ? `${STATES.find((s) => s.state === filter)!.label} jobs` : "All jobs"}</h2>
          {filter && (
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => setFilter(null)}>
              Show all
            </button>
          )}
          <div className="toolbar-end toolbar-actions">
            <span className="muted small">Updates every {POLL_MS / 1000} seconds</span>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              disabled={selectedJobs.length === 0 || retry.isPending}
              onClick={() => runRetry(selectedJobs.map((j) => j.id))}
            >
              Retry selected{selectedJobs.length > 0 && ` (${selectedJobs.length})`}
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
          loading="Loading jobs…"
          errorTitle="Could not load the jobs"
          isEmpty={() => items.length === 0}
          empty={
            <Empty title={filter ? `No ${filter} jobs.` : "Nothing in the queue."}>
              <p className="muted">Every document has been processed. New uploads and reclassifications show up here while they run.</p>
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
                      aria-label="Select all failed and retrying jobs"
                      checked={allSelected}
                      disabled={retryable.length === 0}
                      onChange={(e) => setSelected(e.target.checked ? new Set(retryable.map((j) => j.id)) : new Set())}
                    />
                  ),
                  className: "col-check",
                },
                "Task",
                "State",
                "Document",
                { label: "Attempts", className: "num" },
                "Last error",
                "Times",
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
  const canRetry = RETRYABLE.includes(job.state);
  const task = TASKS[job.task] ?? job.task;
  const waiting = job.runAt.getTime() > Date.now() + 1000;
  return (
    <tr data-job-id={job.id} data-state={job.state}>
      <td className="col-check">
        {canRetry && <input type="checkbox" checked={selected} onChange={(e) => onToggle(e.target.checked)} aria-label={`Select job ${job.id} (${task})`} />}
      </td>
      <td>
        <span className="job-task">{task}</span>
        <span className="muted small job-id">#{job.id}</span>
      </td>
      <td>
        <span className={`job-state job-${job.state}`}>
          {job.state === "running" && <span className="pulse" aria-hidden="true" />}
          {STATES.find((s) => s.state === job.state)?.label ?? job.state}
        </span>
      </td>
      <td>
        {job.documentId ? (
          <Link href={documentPath(job.documentId)} className="file-link" title={job.documentId}>
            Document {job.documentId.slice(0, 8)}
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
          <span className="muted">Added</span> {formatDateTime(job.createdAt)}
        </div>
        {waiting && (
          <div>
            <span className="muted">Next try</span> {formatDateTime(job.runAt)}
          </div>
        )}
      </td>
      <td className="cell-actions">
        {canRetry && (
          <button type="button" className="btn btn-secondary btn-xs" onClick={onRetry} disabled={retrying} aria-label={`Retry job ${job.id} (${task})`}>
            {retrying ? "Retrying…" : "Retry now"}
          </button>
        )}
      </td>
    </tr>
  );
}
