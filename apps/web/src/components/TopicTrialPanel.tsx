// "Try a change" (issue 20, ADR 0029): a topic change previewed on the library before anything moves, then
// applied (exactly the listed documents are reclassified) or discarded; the last applied one can be undone.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { DEFAULT_TOPIC_COLOR } from "@docscan/shared";
import { DataTable } from "./DataTable.tsx";
import { useIsAdmin } from "../auth.ts";
import { formError } from "../errors.ts";
import { plural } from "../format.ts";
import { queryClient, trpc, type RouterOutputs, type Topic } from "../trpc.ts";
import "./topic-trial.css";

type Trial = RouterOutputs["topics"]["trial"];
type LlmSample = RouterOutputs["topics"]["trialSample"];
type Change = { kind: "create"; name: string; description: string; color: string } | { kind: "update"; id: string; name: string; description: string } | { kind: "delete"; id: string };
type Sample = Trial["samples"]["gain"][number];
type Mode = "create" | "update" | "delete";

async function refreshAll() {
  await Promise.all([
    queryClient.invalidateQueries(trpc.topics.pathFilter()),
    queryClient.invalidateQueries(trpc.documents.pathFilter()),
    queryClient.invalidateQueries(trpc.review.pathFilter()),
  ]);
}

export function TopicTrialPanel({ topics }: { topics: readonly Topic[] }) {
  const id = useId();
  const isAdmin = useIsAdmin();
  // Members change only their personal topics (ADR 0010).
  const editable = topics.filter((t) => isAdmin || t.personal);
  const [mode, setMode] = useState<Mode>("update");
  const [topicId, setTopicId] = useState<string>("");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [result, setResult] = useState<Trial | null>(null);
  // The change the shown result was computed for: the LLM sample asks about the same one.
  const [tried, setTried] = useState<Change | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const selected = editable.find((t) => t.id === topicId) ?? null;
  const last = useQuery(trpc.topics.lastTrial.queryOptions());

  const trial = useMutation(trpc.topics.trial.mutationOptions({ onSuccess: (r) => setResult(r) }));
  const sample = useMutation(trpc.topics.trialSample.mutationOptions());
  const apply = useMutation(
    trpc.topics.applyTrial.mutationOptions({
      onSuccess: async (r) => {
        setNotice(`Applied: ${plural(r.documents, "document")} reclassified.`);
        setResult(null);
        await refreshAll();
      },
    }),
  );
  const undo = useMutation(
    trpc.topics.undoTrial.mutationOptions({
      onSuccess: async (r) => {
        setNotice(`Undone: ${plural(r.documents, "document")} have their topics back.`);
        await refreshAll();
      },
    }),
  );

  function pick(idValue: string) {
    setTopicId(idValue);
    const t = editable.find((x) => x.id === idValue);
    setName(t?.name ?? "");
    setDescription(t?.description ?? "");
    setResult(null);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    setResult(null);
    sample.reset();
    let change: Change | null = null;
    if (mode === "create") change = { kind: "create", name: name.trim(), description: description.trim(), color: DEFAULT_TOPIC_COLOR };
    else if (selected && mode === "update") change = { kind: "update", id: selected.id, name: name.trim(), description: description.trim() };
    else if (selected) change = { kind: "delete", id: selected.id };
    if (!change) return;
    setTried(change);
    trial.mutate({ change });
  }

  const error = formError(trial.error) ?? formError(apply.error) ?? formError(undo.error);
  const needsTopic = mode !== "create" && !selected;

  return (
    <section className="card card-pad topic-trial" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Try a change</h2>
      <p className="hint">See what a new, edited or deleted topic would do to your documents before anything moves. The preview uses the offline classifier and costs nothing.</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-mode`}>Change</label>
          <select
            id={`${id}-mode`}
            value={mode}
            onChange={(e) => {
              setMode(e.target.value as Mode);
              setResult(null);
              if (e.target.value === "create") {
                setTopicId("");
                setName("");
                setDescription("");
              }
            }}
          >
            <option value="update">Edit a topic</option>
            <option value="create">New topic</option>
            <option value="delete">Delete a topic</option>
          </select>
        </div>
        {mode !== "create" && (
          <div className="field">
            <label htmlFor={`${id}-topic`}>Topic</label>
            <select id={`${id}-topic`} value={topicId} onChange={(e) => pick(e.target.value)}>
              <option value="">Choose…</option>
              {editable.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {mode !== "delete" && (
          <>
            <div className="field">
              <label htmlFor={`${id}-name`}>Name</label>
              <input id={`${id}-name`} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-description`}>Description</label>
              <textarea id={`${id}-description`} rows={3} value={description} maxLength={1000} onChange={(e) => setDescription(e.target.value)} />
            </div>
          </>
        )}
        <div className="form-actions">
          <button type="submit" className="btn" disabled={trial.isPending || needsTopic || (mode !== "delete" && !name.trim())}>
            {trial.isPending ? "Computing…" : "Preview effect"}
          </button>
          <span aria-live="polite">
            {notice && <span className="text-ok">{notice}</span>}
            {error && (
              <span className="inline-error" role="alert">
                {error}
              </span>
            )}
          </span>
        </div>
      </form>

      {result && (
        <TrialResult
          result={result}
          showOwners={isAdmin}
          applying={apply.isPending}
          onApply={() => apply.mutate({ id: result.id })}
          onDiscard={() => {
            setResult(null);
            sample.reset();
          }}
          llmSample={
            isAdmin && tried
              ? { run: () => sample.mutate({ change: tried }), running: sample.isPending, data: sample.data ?? null, error: formError(sample.error) }
              : null
          }
        />
      )}

      {last.data && !result && (
        <p className="topic-trial-last">
          Last applied change: {last.data.kind === "create" ? "new topic" : last.data.kind === "update" ? "edited" : "deleted"} “{last.data.topicName}”,{" "}
          {plural(last.data.documents, "document")}.{" "}
          <button type="button" className="btn btn-sm" disabled={undo.isPending} onClick={() => undo.mutate({ id: last.data!.id })}>
            {undo.isPending ? "Undoing…" : "Undo"}
          </button>
        </p>
      )}
    </section>
  );
}

interface LlmSampleControl {
  run: () => void;
  running: boolean;
  data: LlmSample | null;
  error: string | null;
}

function TrialResult({
  result,
  showOwners,
  applying,
  onApply,
  onDiscard,
  llmSample,
}: {
  result: Trial;
  showOwners: boolean;
  applying: boolean;
  onApply: () => void;
  onDiscard: () => void;
  /** Admins: ask the LLM about a sample of the listed documents (it spends the budget). */
  llmSample: LlmSampleControl | null;
}) {
  const lines = result.topics.filter((t) => t.gain || t.lose);
  return (
    <div className="topic-trial-result" role="region" aria-label="Preview of the change">
      <p className="topic-trial-summary">
        <strong>{result.listed === 0 ? "No document would change." : `${plural(result.listed, "document")} would change`}</strong>
        {result.listed > 0 && ` (of ${result.scanned.toLocaleString("en")} scored${result.moved ? `; ${result.moved} move between topics` : ""}).`}
      </p>
      {lines.length > 0 && (
        <ul className="topic-trial-lines">
          {lines.map((t) => (
            <li key={t.topicId}>
              {t.gain > 0 && `would add ${t.name} to ${plural(t.gain, "document")}`}
              {t.gain > 0 && t.lose > 0 && ", "}
              {t.lose > 0 && `${t.gain > 0 ? "remove it" : `would remove ${t.name}`} from ${t.lose}`}
            </li>
          ))}
        </ul>
      )}
      {result.listed > 0 && <LlmCost llm={result.llm} />}
      {result.listed > 0 && llmSample && <LlmSampleView control={llmSample} />}
      {showOwners && result.owners.filter((o) => o.listed > 0).length > 1 && (
        <p className="hint">
          Per owner:{" "}
          {result.owners
            .filter((o) => o.listed > 0)
            .map((o) => `${o.email ?? "no owner"} ${o.listed}`)
            .join(" · ")}
        </p>
      )}
      <Samples title="Would gain" samples={result.samples.gain} />
      <Samples title="Would lose" samples={result.samples.lose} />
      <Samples title="Would move" samples={result.samples.move} />
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={applying || result.listed === 0} onClick={onApply}>
          {applying ? "Applying…" : `Apply to ${plural(result.listed, "document")}`}
        </button>
        <button type="button" className="btn" onClick={onDiscard}>
          Discard
        </button>
        <span className="hint">Computed in {(result.ms / 1000).toFixed(1)} s</span>
      </div>
    </div>
  );
}

/** What re-running the listed documents with the LLM would cost, and what the figure assumed. */
function LlmCost({ llm }: { llm: Trial["llm"] }) {
  const tokens = (llm.inputTokens + llm.outputTokens).toLocaleString("en");
  const paid = llm.documents - llm.cached;
  return (
    <p className="hint topic-trial-cost">
      {llm.costUsd === null
        ? `Cost with the LLM unknown: no price is known for ${llm.model} (${tokens} tokens, ${llm.cached} cached)`
        : `Cost about ${formatUsd(llm.costUsd)} with the LLM (${tokens} tokens, ${llm.cached} cached)`}
      {`: ${llm.model} at prices as of ${llm.pricesAsOf}`}
      {paid > llm.counted && `, estimated from ${plural(llm.counted, "document")}`}
      {llm.inUse ? "." : "; the offline classifier is in use, so applying costs nothing."}
    </p>
  );
}

/** The LLM asked about up to 20 listed documents, beside the offline preview. */
function LlmSampleView({ control }: { control: LlmSampleControl }) {
  const { data } = control;
  return (
    <div className="topic-trial-llm">
      <p className="form-actions">
        <button type="button" className="btn" disabled={control.running} onClick={control.run}>
          {control.running ? "Asking the LLM…" : "Run the LLM on a sample"}
        </button>
        <span className="hint">Up to 20 of these documents, paid and within the monthly budget; nothing is saved to them.</span>
      </p>
      {control.error && (
        <p className="inline-error" role="alert">
          {control.error}
        </p>
      )}
      {data && (
        <div role="region" aria-label="LLM sample">
          <p className="topic-trial-summary">
            <strong>
              {data.agreement === null
                ? "The LLM answered for none of the sampled documents."
                : `The LLM agrees with the preview on ${Math.round(data.agreement * 100)} % of ${plural(data.answered, "document")}`}
            </strong>{" "}
            ({data.model}; {(data.inputTokens + data.outputTokens).toLocaleString("en")} tokens,{" "}
            {data.costUsd === null ? "price unknown" : formatUsd(data.costUsd)} spent
            {data.budget && `; ${formatUsd(data.budget.spentUsd)} of the ${formatUsd(data.budget.monthlyUsd)} monthly budget used`}).
          </p>
          <DataTable className="topic-trial-llm-table" columns={["Document", "Preview", "LLM", "Same"]}>
            {data.documents.map((d) => (
              <tr key={d.documentId}>
                <td>
                  <a href={`/documents/${d.documentId}`}>{d.title}</a>
                </td>
                <td>{d.offline.join(", ") || "no topic"}</td>
                <td>{d.llm === null ? <span className="muted">{d.error}</span> : d.llm.join(", ") || "no topic"}</td>
                <td>
                  {d.agree === null ? "–" : d.agree ? "yes" : <strong>no</strong>}
                  {d.cached && <span className="muted"> (cached)</span>}
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </div>
  );
}

function formatUsd(x: number): string {
  return x < 0.01 ? `$${x.toFixed(4)}` : `$${x.toFixed(2)}`;
}

function Samples({ title, samples }: { title: string; samples: Sample[] }) {
  if (samples.length === 0) return null;
  return (
    <details className="topic-trial-samples" open>
      <summary>
        {title} ({samples.length} shown)
      </summary>
      <ul>
        {samples.map((s) => {
          const gained = s.proposed.filter((l) => s.gains.includes(l.topicId));
          return (
            <li key={s.documentId}>
              <a href={`/documents/${s.documentId}`}>{s.title}</a>
              <span className="muted">
                {" "}
                {s.current.map((l) => l.name).join(", ") || "no topic"} → {s.proposed.map((l) => l.name).join(", ") || "no topic"}
              </span>
              {gained.map((l) => (
                <span key={l.topicId} className="topic-trial-evidence">
                  {l.name} {l.confidence !== null && `${Math.round(l.confidence * 100)} %`}
                  {l.quote && <q>{l.quote}</q>}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
