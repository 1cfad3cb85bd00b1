import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { AI_PROVIDERS, type SettingsUpdate } from "@docscan/shared";
import { errorMessage, fieldErrors } from "../errors.ts";
import { percent } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc, type Settings } from "../trpc.ts";
import { TextField } from "./TextField.tsx";

const messages = defineMessages({
  en: {
    auto: "Automatic",
    autoHint: "The OpenAI-compatible API when an API key is set, otherwise the offline classifier.",
    local: "Local",
    localHint: "Offline sentence-embedding classifier on the worker: free and private. It learns from the documents you confirm and leaves a document unfiled when unsure.",
    openai: "OpenAI-compatible",
    openaiHint: "OpenAI, Ollama, LM Studio, vLLM… Needs a model and usually an API key.",
    keyCleared: "API key cleared.",
    saved: "Settings saved.",
    budgetError: "Enter an amount in US dollars, or leave it empty for no cap.",
    keyFromEnvironment: "Currently taken from the OPENAI_API_KEY environment variable. A key saved here overrides it.",
    keyStored: "Stored encrypted. Leave blank to keep it.",
    noKey: "No key set.",
    title: "Classification",
    provider: "Provider",
    model: "Model",
    baseUrl: "Base URL",
    baseUrlHint: "Empty means the default OpenAI endpoint.",
    apiKey: "API key",
    notSet: "not set",
    clearKey: "Clear key",
    threshold: "Confidence threshold",
    thresholdHint: "Topics suggested with less confidence than this are not attached.",
    budget: "Monthly budget",
    noCap: "No cap",
    budgetHint: "Estimated spending on model calls per calendar month (UTC). Once it is reached, docscan uses the offline classifier until the month ends. Empty means no cap.",
    allowNewTopics: "Let the model propose new topics",
    allowNewTopicsHint: "When no topic fits, the model may suggest a new one. Proposals wait in Review; nothing is created without you.",
    saving: "Saving…",
    save: "Save settings",
  },
  de: {
    auto: "Automatisch",
    autoHint: "Die OpenAI-kompatible API, wenn ein API-Schlüssel gesetzt ist, sonst der Offline-Klassifikator.",
    local: "Lokal",
    localHint: "Offline-Klassifikator mit Satz-Embeddings auf dem Worker: kostenlos und privat. Er lernt aus den Dokumenten, die Sie bestätigen, und lässt ein Dokument uneingeordnet, wenn er unsicher ist.",
    openai: "OpenAI-kompatibel",
    openaiHint: "OpenAI, Ollama, LM Studio, vLLM… Braucht ein Modell und meist einen API-Schlüssel.",
    keyCleared: "API-Schlüssel entfernt.",
    saved: "Einstellungen gespeichert.",
    budgetError: "Geben Sie einen Betrag in US-Dollar ein oder lassen Sie das Feld leer für kein Budget.",
    keyFromEnvironment: "Derzeit aus der Umgebungsvariablen OPENAI_API_KEY. Ein hier gespeicherter Schlüssel hat Vorrang.",
    keyStored: "Verschlüsselt gespeichert. Leer lassen, um ihn zu behalten.",
    noKey: "Kein Schlüssel gesetzt.",
    title: "Einordnung",
    provider: "Anbieter",
    model: "Modell",
    baseUrl: "Basis-URL",
    baseUrlHint: "Leer bedeutet den Standard-Endpunkt von OpenAI.",
    apiKey: "API-Schlüssel",
    notSet: "nicht gesetzt",
    clearKey: "Schlüssel entfernen",
    threshold: "Sicherheitsschwelle",
    thresholdHint: "Themen, die mit geringerer Sicherheit vorgeschlagen werden, werden nicht zugeordnet.",
    budget: "Monatsbudget",
    noCap: "Kein Budget",
    budgetHint: "Geschätzte Ausgaben für Modellaufrufe pro Kalendermonat (UTC). Ist das Budget erreicht, verwendet docscan bis Monatsende den Offline-Klassifikator. Leer bedeutet kein Budget.",
    allowNewTopics: "Das Modell darf neue Themen vorschlagen",
    allowNewTopicsHint: "Passt kein Thema, darf das Modell ein neues vorschlagen. Vorschläge warten unter Prüfen; ohne Sie wird nichts angelegt.",
    saving: "Wird gespeichert…",
    save: "Einstellungen speichern",
  },
});

export function SettingsForm({ settings }: { settings: Settings }) {
  const m = useMessages(messages);
  const id = useId();
  const [provider, setProvider] = useState(settings.provider);
  const [model, setModel] = useState(settings.model);
  const [baseUrl, setBaseUrl] = useState(settings.baseUrl ?? "");
  const [apiKey, setApiKey] = useState("");
  const [threshold, setThreshold] = useState(settings.threshold);
  const [budget, setBudget] = useState(budgetText(settings.monthlyBudgetUsd));
  const [allowNewTopics, setAllowNewTopics] = useState(settings.allowNewTopics);
  const [saved, setSaved] = useState<string | null>(null);

  const update = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: (next, input) => {
        setApiKey("");
        if (input.apiKey === null) {
          setSaved(m.keyCleared);
        } else {
          // The form now mirrors what the server stored (trimmed, defaults applied).
          setProvider(next.provider);
          setModel(next.model);
          setBaseUrl(next.baseUrl ?? "");
          setThreshold(next.threshold);
          setBudget(budgetText(next.monthlyBudgetUsd));
          setAllowNewTopics(next.allowNewTopics);
          setSaved(m.saved);
        }
        queryClient.setQueryData(trpc.settings.get.queryKey(), next);
        void queryClient.invalidateQueries(trpc.usage.pathFilter());
      },
    }),
  );
  const errors = fieldErrors(update.error);
  // Empty means no cap; anything else must be a non-negative amount.
  const budgetValue = budget.trim() === "" ? null : Number(budget.trim().replace(",", "."));
  const budgetError = budgetValue !== null && (!Number.isFinite(budgetValue) || budgetValue < 0) ? m.budgetError : errors.monthlyBudgetUsd;

  const patch: SettingsUpdate = {};
  if (provider !== settings.provider) patch.provider = provider;
  if (model.trim() !== settings.model) patch.model = model.trim();
  if (baseUrl.trim() !== (settings.baseUrl ?? "")) patch.baseUrl = baseUrl.trim();
  if (apiKey.trim()) patch.apiKey = apiKey.trim();
  if (threshold !== settings.threshold) patch.threshold = threshold;
  if (budgetValue !== settings.monthlyBudgetUsd && !budgetError) patch.monthlyBudgetUsd = budgetValue;
  if (allowNewTopics !== settings.allowNewTopics) patch.allowNewTopics = allowNewTopics;
  const dirty = Object.keys(patch).length > 0;

  function submit(e: FormEvent) {
    e.preventDefault();
    setSaved(null);
    if (dirty && !budgetError) update.mutate(patch);
  }

  const keyHint =
    settings.apiKeySource === "environment"
      ? m.keyFromEnvironment
      : settings.apiKeySource === "settings"
        ? m.keyStored
        : m.noKey;

  return (
    <form className="card card-pad settings-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{m.title}</h2>

      <fieldset className="field">
        <legend>{m.provider}</legend>
        <div className="radio-cards">
          {AI_PROVIDERS.map((p) => (
            <label key={p} className={`radio-card${provider === p ? " radio-card-on" : ""}`}>
              <input type="radio" name="provider" value={p} checked={provider === p} onChange={() => setProvider(p)} />
              <span>
                <strong>{m[p]}</strong>
                <span className="muted small">{m[`${p}Hint`]}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.provider && <p className="field-error">{errors.provider}</p>}
      </fieldset>

      <div className="field-row">
        <TextField label={m.model} value={model} onChange={setModel} error={errors.model} autoComplete="off" spellCheck={false} />
        <TextField
          label={m.baseUrl}
          type="url"
          value={baseUrl}
          onChange={setBaseUrl}
          error={errors.baseUrl}
          hint={m.baseUrlHint}
          placeholder="https://api.openai.com/v1"
          spellCheck={false}
        />
      </div>

      <div className="field">
        <label htmlFor={`${id}-key`}>{m.apiKey}</label>
        <div className="input-with-action">
          <input
            id={`${id}-key`}
            type="password"
            value={apiKey}
            placeholder={settings.apiKeyMasked ?? m.notSet}
            autoComplete="new-password"
            spellCheck={false}
            onChange={(e) => setApiKey(e.target.value)}
            aria-describedby={`${id}-key-hint`}
            aria-invalid={errors.apiKey ? true : undefined}
          />
          {settings.apiKeySource === "settings" && (
            <button
              type="button"
              className="btn btn-danger-ghost"
              disabled={update.isPending}
              onClick={() => {
                setSaved(null);
                setApiKey("");
                update.mutate({ apiKey: null });
              }}
            >
              {m.clearKey}
            </button>
          )}
        </div>
        <p id={`${id}-key-hint`} className="hint">
          {keyHint}
        </p>
        {errors.apiKey && <p className="field-error">{errors.apiKey}</p>}
      </div>

      <div className="field">
        <label htmlFor={`${id}-threshold`}>{m.threshold}</label>
        <div className="range-row">
          <input
            id={`${id}-threshold`}
            type="range"
            min={0}
            max={1}
            step={0.05}
            value={threshold}
            onChange={(e) => setThreshold(Number(e.target.value))}
            aria-describedby={`${id}-threshold-hint`}
          />
          <output htmlFor={`${id}-threshold`} className="range-value">
            {percent(threshold)}
          </output>
        </div>
        <p id={`${id}-threshold-hint`} className="hint">
          {m.thresholdHint}
        </p>
        {errors.threshold && <p className="field-error">{errors.threshold}</p>}
      </div>

      <TextField
        label={m.budget}
        type="text"
        inputMode="decimal"
        value={budget}
        onChange={setBudget}
        placeholder={m.noCap}
        autoComplete="off"
        hint={m.budgetHint}
        error={budgetError}
        inputRow={{ className: "money-input", before: <span aria-hidden="true">$</span>, after: <span className="muted small">USD</span> }}
      />

      <div className="field">
        <label className="check check-field">
          <input type="checkbox" checked={allowNewTopics} onChange={(e) => setAllowNewTopics(e.target.checked)} aria-describedby={`${id}-new-hint`} />
          <span>{m.allowNewTopics}</span>
        </label>
        <p id={`${id}-new-hint`} className="hint">
          {m.allowNewTopicsHint}
        </p>
      </div>

      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={!dirty || update.isPending}>
          {update.isPending ? m.saving : m.save}
        </button>
        <span aria-live="polite">
          {saved && (!dirty || saved === m.keyCleared) && <span className="text-ok">{saved}</span>}
          {update.isError && Object.keys(errors).length === 0 && (
            <span className="inline-error" role="alert">
              {errorMessage(update.error)}
            </span>
          )}
        </span>
      </div>
    </form>
  );
}

function budgetText(usd: number | null): string {
  return usd === null ? "" : String(usd);
}
