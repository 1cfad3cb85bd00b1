// "Try a change" (issue 20, ADR 0029): a topic change previewed on the library before anything moves, then
// applied (exactly the listed documents are reclassified) or discarded; the last applied one can be undone.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { nextTopicColor, nextTopicColors } from "@docscan/shared";
import { DataTable } from "./DataTable.tsx";
import { useIsAdmin } from "../auth.ts";
import { formError } from "../errors.ts";
import { formatNumber, formatUsd } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc, type RouterOutputs, type Topic } from "../trpc.ts";
import "./topic-trial.css";

/** "1 document" / "5 documents" as the console always wrote it (the count unformatted in English). */
/** New topics one split may create: what the API's trial schema takes (`into`, 1–5; apps/api/src/services/topic-trials.ts). */
const MAX_SPLIT_TOPICS = 5;
const documents = (n: number) => `${n} ${n === 1 ? "document" : "documents"}`;
const dokumente = (n: number) => (n === 1 ? "1 Dokument" : `${formatNumber(n)} Dokumente`);
type LastKind = "create" | "update" | "delete" | "merge" | "split";

const messages = defineMessages({
  en: {
    applied: (n: number) => `Applied: ${documents(n)} reclassified.`,
    queued: (n: number) => `Queued: ${documents(n)} for the LLM.`,
    undone: (n: number) => `Undone: ${documents(n)} have their topics back.`,
    title: "Try a change",
    intro: "See what a new, edited or deleted topic would do to your documents before anything moves. The preview uses the offline classifier and costs nothing.",
    change: "Change",
    editTopic: "Edit a topic",
    newTopic: "New topic",
    deleteTopic: "Delete a topic",
    mergeInto: "Merge into…",
    split: "Split…",
    topic: "Topic",
    choose: "Choose…",
    mergeFrom: "Topic to merge into it",
    name: "Name",
    description: "Description",
    newName: (n: number) => `New topic ${n}: name`,
    newDescription: (n: number) => `New topic ${n}: description`,
    splitHint: `The topic keeps the name and description above; its documents are divided between it and up to ${MAX_SPLIT_TOPICS} new topics.`,
    anotherNew: "Add another new topic",
    removeNew: "Remove",
    removeNewLabel: (n: number) => `Remove new topic ${n}`,
    computing: "Computing…",
    preview: "Preview effect",
    lastApplied: (kind: LastKind, name: string | null, n: number) =>
      `Last applied change: ${{ create: "new topic", update: "edited", delete: "deleted", merge: "merged into", split: "split" }[kind]} “${name ?? ""}”, ${documents(n)}.`,
    undoing: "Undoing…",
    undo: "Undo",
    previewRegion: "Preview of the change",
    noChange: "No document would change.",
    wouldChange: (n: number) => `${documents(n)} would change`,
    ofScanned: (scanned: number, moved: number) => ` (of ${formatNumber(scanned)} scored${moved ? `; ${moved} move between topics` : ""}).`,
    line: (name: string, gain: number, lose: number) =>
      `${gain > 0 ? `would add ${name} to ${documents(gain)}` : ""}${gain > 0 && lose > 0 ? ", " : ""}${lose > 0 ? `${gain > 0 ? "remove it" : `would remove ${name}`} from ${lose}` : ""}`,
    perOwner: "Per owner: ",
    noOwner: "no owner",
    wouldGain: "Would gain",
    wouldLose: "Would lose",
    wouldMove: "Would move",
    shown: (title: string, n: number) => `${title} (${n} shown)`,
    applying: "Applying…",
    applyTo: (n: number) => `Apply to ${documents(n)}`,
    applyLlm: (cost: string | null) => `Apply with the LLM (${cost === null ? "price unknown" : `about ${cost}`})`,
    queuing: "Queuing…",
    applyLlmHint: "Queues only these documents for the LLM, within the monthly budget; a person's topics stay.",
    discard: "Discard",
    computedIn: (seconds: number) => `Computed in ${seconds.toFixed(1)} s`,
    costUnknown: (model: string, tokens: number, cached: number) => `Cost with the LLM unknown: no price is known for ${model} (${formatNumber(tokens)} tokens, ${cached} cached)`,
    costAbout: (cost: string, tokens: number, cached: number) => `Cost about ${cost} with the LLM (${formatNumber(tokens)} tokens, ${cached} cached)`,
    pricesAsOf: (model: string, date: string) => `: ${model} at prices as of ${date}`,
    estimatedFrom: (n: number) => `, estimated from ${documents(n)}`,
    llmInUse: ".",
    offlineInUse: "; the offline classifier is in use, so applying costs nothing.",
    asking: "Asking the LLM…",
    runSample: "Run the LLM on a sample",
    sampleHint: "Up to 20 of these documents, paid and within the monthly budget; nothing is saved to them.",
    sampleRegion: "LLM sample",
    noAnswers: "The LLM answered for none of the sampled documents.",
    agrees: (percent: number, n: number) => `The LLM agrees with the preview on ${percent} % of ${documents(n)}`,
    sampleCost: (model: string, tokens: number, cost: string | null, budget: { spent: string; monthly: string } | null) =>
      `(${model}; ${formatNumber(tokens)} tokens, ${cost ?? "price unknown"} spent${budget ? `; ${budget.spent} of the ${budget.monthly} monthly budget used` : ""}).`,
    document: "Document",
    previewColumn: "Preview",
    llm: "LLM",
    same: "Same",
    noTopic: "no topic",
    yes: "yes",
    no: "no",
    cached: " (cached)",
    confidence: (percent: number) => `${percent} %`,
  },
  de: {
    applied: (n: number) => `Übernommen: ${dokumente(n)} neu eingeordnet.`,
    queued: (n: number) => `Eingereiht: ${dokumente(n)} für das LLM.`,
    undone: (n: number) => `Rückgängig gemacht: ${dokumente(n)} haben ihre Themen zurück.`,
    title: "Änderung ausprobieren",
    intro: "Sehen Sie, was ein neues, geändertes oder gelöschtes Thema mit Ihren Dokumenten machen würde, bevor sich etwas ändert. Die Vorschau rechnet offline und kostet nichts.",
    change: "Änderung",
    editTopic: "Thema bearbeiten",
    newTopic: "Neues Thema",
    deleteTopic: "Thema löschen",
    mergeInto: "Zusammenführen in…",
    split: "Aufteilen…",
    topic: "Thema",
    choose: "Auswählen…",
    mergeFrom: "Thema, das darin aufgeht",
    name: "Name",
    description: "Beschreibung",
    newName: (n) => `Neues Thema ${n}: Name`,
    newDescription: (n) => `Neues Thema ${n}: Beschreibung`,
    splitHint: `Das Thema behält Name und Beschreibung von oben; seine Dokumente werden auf es und bis zu ${MAX_SPLIT_TOPICS} neue Themen verteilt.`,
    anotherNew: "Weiteres neues Thema",
    removeNew: "Entfernen",
    removeNewLabel: (n) => `Neues Thema ${n} entfernen`,
    computing: "Wird berechnet…",
    preview: "Wirkung anzeigen",
    lastApplied: (kind: LastKind, name: string | null, n: number) =>
      `Zuletzt übernommene Änderung: ${{ create: "neues Thema", update: "geändert", delete: "gelöscht", merge: "zusammengeführt in", split: "aufgeteilt" }[kind]} „${name ?? ""}“, ${dokumente(n)}.`,
    undoing: "Wird rückgängig gemacht…",
    undo: "Rückgängig",
    previewRegion: "Vorschau der Änderung",
    noChange: "Kein Dokument würde sich ändern.",
    wouldChange: (n: number) => `${dokumente(n)} ${n === 1 ? "würde" : "würden"} sich ändern`,
    ofScanned: (scanned: number, moved: number) => ` (von ${formatNumber(scanned)} bewerteten${moved ? `; ${formatNumber(moved)} ${moved === 1 ? "wechselt" : "wechseln"} das Thema` : ""}).`,
    line: (name: string, gain: number, lose: number) =>
      `${gain > 0 ? `würde ${name} zu ${dokumente(gain)} hinzufügen` : ""}${gain > 0 && lose > 0 ? ", " : ""}${lose > 0 ? (gain > 0 ? `es von ${formatNumber(lose)} entfernen` : `würde ${name} von ${dokumente(lose)} entfernen`) : ""}`,
    perOwner: "Je Eigentümer: ",
    noOwner: "ohne Eigentümer",
    wouldGain: "Würden erhalten",
    wouldLose: "Würden verlieren",
    wouldMove: "Würden wechseln",
    shown: (title: string, n: number) => `${title} (${formatNumber(n)} angezeigt)`,
    applying: "Wird übernommen…",
    applyTo: (n: number) => `Auf ${dokumente(n)} übernehmen`,
    applyLlm: (cost: string | null) => `Mit dem LLM übernehmen (${cost === null ? "Preis unbekannt" : `etwa ${cost}`})`,
    queuing: "Wird eingereiht…",
    applyLlmHint: "Reiht nur diese Dokumente für das LLM ein, im Rahmen des Monatsbudgets; von Personen gesetzte Themen bleiben.",
    discard: "Verwerfen",
    computedIn: (seconds: number) => `Berechnet in ${formatNumber(Math.round(seconds * 10) / 10)} s`,
    costUnknown: (model: string, tokens: number, cached: number) =>
      `Kosten mit dem LLM unbekannt: Für ${model} ist kein Preis bekannt (${formatNumber(tokens)} Tokens, ${formatNumber(cached)} im Cache)`,
    costAbout: (cost: string, tokens: number, cached: number) => `Kosten mit dem LLM etwa ${cost} (${formatNumber(tokens)} Tokens, ${formatNumber(cached)} im Cache)`,
    pricesAsOf: (model: string, date: string) => `: ${model} zu Preisen vom ${date}`,
    estimatedFrom: (n: number) => `, geschätzt aus ${dokumente(n)}`,
    llmInUse: ".",
    offlineInUse: "; der Klassifikator arbeitet offline, das Übernehmen kostet also nichts.",
    asking: "Das LLM wird gefragt…",
    runSample: "LLM an einer Stichprobe testen",
    sampleHint: "Bis zu 20 dieser Dokumente, kostenpflichtig und im Rahmen des Monatsbudgets; an ihnen wird nichts gespeichert.",
    sampleRegion: "LLM-Stichprobe",
    noAnswers: "Das LLM hat für keines der Dokumente der Stichprobe geantwortet.",
    agrees: (percent: number, n: number) => `Das LLM stimmt bei ${percent} % von ${dokumente(n)} mit der Vorschau überein`,
    sampleCost: (model: string, tokens: number, cost: string | null, budget: { spent: string; monthly: string } | null) =>
      `(${model}; ${formatNumber(tokens)} Tokens, ${cost ?? "Preis unbekannt"} ausgegeben${budget ? `; ${budget.spent} von ${budget.monthly} Monatsbudget verbraucht` : ""}).`,
    document: "Dokument",
    previewColumn: "Vorschau",
    llm: "LLM",
    same: "Gleich",
    noTopic: "kein Thema",
    yes: "ja",
    no: "nein",
    cached: " (aus dem Cache)",
    confidence: (percent: number) => `${percent} %`,
  },
});

type Trial = RouterOutputs["topics"]["trial"];
type LlmSample = RouterOutputs["topics"]["trialSample"];
type Change =
  | { kind: "create"; name: string; description: string; color: string }
  | { kind: "update"; id: string; name: string; description: string }
  | { kind: "delete"; id: string }
  | { kind: "merge"; id: string; from: string; name: string; description: string }
  | { kind: "split"; id: string; name: string; description: string; into: { name: string; description: string; color: string }[] };
type Sample = Trial["samples"]["gain"][number];
type NewTopic = { name: string; description: string };
type Mode = Change["kind"];

async function refreshAll() {
  await Promise.all([
    queryClient.invalidateQueries(trpc.topics.pathFilter()),
    queryClient.invalidateQueries(trpc.documents.pathFilter()),
    queryClient.invalidateQueries(trpc.review.pathFilter()),
  ]);
}

export function TopicTrialPanel({ topics }: { topics: readonly Topic[] }) {
  const m = useMessages(messages);
  const id = useId();
  const isAdmin = useIsAdmin();
  // Members change only their personal topics (ADR 0010).
  const editable = topics.filter((t) => isAdmin || t.personal);
  const [mode, setMode] = useState<Mode>("update");
  const [topicId, setTopicId] = useState<string>("");
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  // Merge: the topic that goes into the chosen one. Split: the new topics (1 to MAX_SPLIT_TOPICS, as the API takes).
  const [fromId, setFromId] = useState<string>("");
  const [newTopics, setNewTopics] = useState<NewTopic[]>([{ name: "", description: "" }]);
  const editNew = (i: number, patch: Partial<NewTopic>) => setNewTopics((prev) => prev.map((t, j) => (j === i ? { ...t, ...patch } : t)));
  const [result, setResult] = useState<Trial | null>(null);
  // The change the shown result was computed for: the LLM sample asks about the same one.
  const [tried, setTried] = useState<Change | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const selected = editable.find((t) => t.id === topicId) ?? null;
  // Only topics of the same owner merge (both global, or both the same person's).
  const mergeable = editable.filter((t) => t.id !== topicId && selected !== null && t.personal === selected.personal);
  const last = useQuery(trpc.topics.lastTrial.queryOptions());

  const trial = useMutation(trpc.topics.trial.mutationOptions({ onSuccess: (r) => setResult(r) }));
  const sample = useMutation(trpc.topics.trialSample.mutationOptions());
  const apply = useMutation(
    trpc.topics.applyTrial.mutationOptions({
      onSuccess: async (r) => {
        setNotice(r.via === "llm" ? m.queued(r.documents) : m.applied(r.documents));
        setResult(null);
        await refreshAll();
      },
    }),
  );
  const undo = useMutation(
    trpc.topics.undoTrial.mutationOptions({
      onSuccess: async (r) => {
        setNotice(m.undone(r.documents));
        await refreshAll();
      },
    }),
  );

  function pick(idValue: string) {
    setTopicId(idValue);
    const t = editable.find((x) => x.id === idValue);
    setName(t?.name ?? "");
    setDescription(t?.description ?? "");
    setFromId("");
    setResult(null);
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    setNotice(null);
    setResult(null);
    sample.reset();
    let change: Change | null = null;
    const edited = { name: name.trim(), description: description.trim() };
    // New topics take the next colours no topic the user sees has yet, as on the Topics page.
    const used = topics.map((t) => t.color);
    if (mode === "create") change = { kind: "create", ...edited, color: nextTopicColor(used) };
    else if (selected && mode === "update") change = { kind: "update", id: selected.id, ...edited };
    else if (selected && mode === "merge") change = { kind: "merge", id: selected.id, from: fromId, ...edited };
    else if (selected && mode === "split") {
      const colors = nextTopicColors(used, newTopics.length);
      change = { kind: "split", id: selected.id, ...edited, into: newTopics.map((t, i) => ({ name: t.name.trim(), description: t.description.trim(), color: colors[i]! })) };
    }
    else if (selected) change = { kind: "delete", id: selected.id };
    if (!change) return;
    setTried(change);
    trial.mutate({ change });
  }

  const error = formError(trial.error) ?? formError(apply.error) ?? formError(undo.error);
  const incomplete =
    (mode !== "create" && !selected) || (mode !== "delete" && !name.trim()) || (mode === "merge" && !fromId) || (mode === "split" && newTopics.some((t) => !t.name.trim()));

  return (
    <section className="card card-pad topic-trial" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.title}</h2>
      <p className="hint">{m.intro}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-mode`}>{m.change}</label>
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
            <option value="update">{m.editTopic}</option>
            <option value="create">{m.newTopic}</option>
            <option value="delete">{m.deleteTopic}</option>
            <option value="merge">{m.mergeInto}</option>
            <option value="split">{m.split}</option>
          </select>
        </div>
        {mode !== "create" && (
          <div className="field">
            <label htmlFor={`${id}-topic`}>{m.topic}</label>
            <select id={`${id}-topic`} value={topicId} onChange={(e) => pick(e.target.value)}>
              <option value="">{m.choose}</option>
              {editable.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {mode === "merge" && (
          <div className="field">
            <label htmlFor={`${id}-from`}>{m.mergeFrom}</label>
            <select id={`${id}-from`} value={fromId} onChange={(e) => setFromId(e.target.value)} disabled={!selected}>
              <option value="">{m.choose}</option>
              {mergeable.map((t) => (
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
              <label htmlFor={`${id}-name`}>{m.name}</label>
              <input id={`${id}-name`} value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor={`${id}-description`}>{m.description}</label>
              <textarea id={`${id}-description`} rows={3} value={description} maxLength={1000} onChange={(e) => setDescription(e.target.value)} />
            </div>
          </>
        )}
        {mode === "split" && (
          <fieldset className="topic-trial-split">
            <p className="hint">{m.splitHint}</p>
            {newTopics.map((t, i) => (
              <div key={i} className="topic-trial-new" data-testid="split-new-topic">
                <div className="field">
                  <label htmlFor={`${id}-new-name-${i}`}>{m.newName(i + 1)}</label>
                  <input id={`${id}-new-name-${i}`} value={t.name} maxLength={100} onChange={(e) => editNew(i, { name: e.target.value })} />
                </div>
                <div className="field">
                  <label htmlFor={`${id}-new-description-${i}`}>{m.newDescription(i + 1)}</label>
                  <textarea id={`${id}-new-description-${i}`} rows={2} value={t.description} maxLength={1000} onChange={(e) => editNew(i, { description: e.target.value })} />
                </div>
                {newTopics.length > 1 && (
                  <button
                    type="button"
                    className="btn btn-ghost btn-xs"
                    aria-label={m.removeNewLabel(i + 1)}
                    onClick={() => setNewTopics((prev) => prev.filter((_, j) => j !== i))}
                  >
                    {m.removeNew}
                  </button>
                )}
              </div>
            ))}
            {newTopics.length < MAX_SPLIT_TOPICS && (
              <button type="button" className="btn btn-secondary btn-sm" onClick={() => setNewTopics((prev) => [...prev, { name: "", description: "" }])}>
                {m.anotherNew}
              </button>
            )}
          </fieldset>
        )}
        <div className="form-actions">
          <button type="submit" className="btn" disabled={trial.isPending || incomplete}>
            {trial.isPending ? m.computing : m.preview}
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
          onApply={(via) => apply.mutate({ id: result.id, via })}
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
          {m.lastApplied(last.data.kind as LastKind, last.data.topicName, last.data.documents)}{" "}
          <button type="button" className="btn btn-sm" disabled={undo.isPending} onClick={() => undo.mutate({ id: last.data!.id })}>
            {undo.isPending ? m.undoing : m.undo}
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
  onApply: (via: "offline" | "llm") => void;
  onDiscard: () => void;
  /** Admins: ask the LLM about a sample of the listed documents (it spends the budget). */
  llmSample: LlmSampleControl | null;
}) {
  const m = useMessages(messages);
  const lines = result.topics.filter((t) => t.gain || t.lose);
  return (
    <div className="topic-trial-result" role="region" aria-label={m.previewRegion}>
      <p className="topic-trial-summary">
        <strong>{result.listed === 0 ? m.noChange : m.wouldChange(result.listed)}</strong>
        {result.listed > 0 && m.ofScanned(result.scanned, result.moved)}
      </p>
      {lines.length > 0 && (
        <ul className="topic-trial-lines">
          {lines.map((t) => (
            <li key={t.topicId}>{m.line(t.name, t.gain, t.lose)}</li>
          ))}
        </ul>
      )}
      {result.listed > 0 && <LlmCost llm={result.llm} />}
      {result.listed > 0 && llmSample && <LlmSampleView control={llmSample} />}
      {showOwners && result.owners.filter((o) => o.listed > 0).length > 1 && (
        <p className="hint">
          {m.perOwner}
          {result.owners
            .filter((o) => o.listed > 0)
            .map((o) => `${o.email ?? m.noOwner} ${o.listed}`)
            .join(" · ")}
        </p>
      )}
      <Samples title={m.wouldGain} samples={result.samples.gain} />
      <Samples title={m.wouldLose} samples={result.samples.lose} />
      <Samples title={m.wouldMove} samples={result.samples.move} />
      <div className="form-actions">
        <button type="button" className="btn btn-primary" disabled={applying || result.listed === 0} onClick={() => onApply("offline")}>
          {applying ? m.applying : m.applyTo(result.listed)}
        </button>
        {/* With the LLM active, the listed documents can go to it instead: the estimate is on the button. */}
        {result.llm.inUse && result.listed > 0 && (
          <button type="button" className="btn" disabled={applying} title={m.applyLlmHint} onClick={() => onApply("llm")}>
            {applying ? m.queuing : m.applyLlm(result.llm.costUsd === null ? null : formatUsd(result.llm.costUsd))}
          </button>
        )}
        <button type="button" className="btn" onClick={onDiscard}>
          {m.discard}
        </button>
        <span className="hint">{m.computedIn(result.ms / 1000)}</span>
      </div>
    </div>
  );
}

/** What re-running the listed documents with the LLM would cost, and what the figure assumed. */
function LlmCost({ llm }: { llm: Trial["llm"] }) {
  const m = useMessages(messages);
  const tokens = llm.inputTokens + llm.outputTokens;
  const paid = llm.documents - llm.cached;
  return (
    <p className="hint topic-trial-cost">
      {llm.costUsd === null ? m.costUnknown(llm.model, tokens, llm.cached) : m.costAbout(formatUsd(llm.costUsd), tokens, llm.cached)}
      {m.pricesAsOf(llm.model, llm.pricesAsOf)}
      {paid > llm.counted && m.estimatedFrom(llm.counted)}
      {llm.inUse ? m.llmInUse : m.offlineInUse}
    </p>
  );
}

/** The LLM asked about up to 20 listed documents, beside the offline preview. */
function LlmSampleView({ control }: { control: LlmSampleControl }) {
  const m = useMessages(messages);
  const { data } = control;
  return (
    <div className="topic-trial-llm">
      <p className="form-actions">
        <button type="button" className="btn" disabled={control.running} onClick={control.run}>
          {control.running ? m.asking : m.runSample}
        </button>
        <span className="hint">{m.sampleHint}</span>
      </p>
      {control.error && (
        <p className="inline-error" role="alert">
          {control.error}
        </p>
      )}
      {data && (
        <div role="region" aria-label={m.sampleRegion}>
          <p className="topic-trial-summary">
            <strong>{data.agreement === null ? m.noAnswers : m.agrees(Math.round(data.agreement * 100), data.answered)}</strong>{" "}
            {m.sampleCost(
              data.model,
              data.inputTokens + data.outputTokens,
              data.costUsd === null ? null : formatUsd(data.costUsd),
              data.budget && { spent: formatUsd(data.budget.spentUsd), monthly: formatUsd(data.budget.monthlyUsd) },
            )}
          </p>
          <DataTable className="topic-trial-llm-table" columns={[m.document, m.previewColumn, m.llm, m.same]}>
            {data.documents.map((d) => (
              <tr key={d.documentId}>
                <td>
                  <a href={`/documents/${d.documentId}`}>{d.title}</a>
                </td>
                <td>{d.offline.join(", ") || m.noTopic}</td>
                <td>{d.llm === null ? <span className="muted">{d.error}</span> : d.llm.join(", ") || m.noTopic}</td>
                <td>
                  {d.agree === null ? "–" : d.agree ? m.yes : <strong>{m.no}</strong>}
                  {d.cached && <span className="muted">{m.cached}</span>}
                </td>
              </tr>
            ))}
          </DataTable>
        </div>
      )}
    </div>
  );
}

function Samples({ title, samples }: { title: string; samples: Sample[] }) {
  const m = useMessages(messages);
  if (samples.length === 0) return null;
  return (
    <details className="topic-trial-samples" open>
      <summary>{m.shown(title, samples.length)}</summary>
      <ul>
        {samples.map((s) => {
          const gained = s.proposed.filter((l) => s.gains.includes(l.topicId));
          return (
            <li key={s.documentId}>
              <a href={`/documents/${s.documentId}`}>{s.title}</a>
              <span className="muted">
                {" "}
                {s.current.map((l) => l.name).join(", ") || m.noTopic} → {s.proposed.map((l) => l.name).join(", ") || m.noTopic}
              </span>
              {gained.map((l) => (
                <span key={l.topicId} className="topic-trial-evidence">
                  {l.name} {l.confidence !== null && m.confidence(Math.round(l.confidence * 100))}
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
