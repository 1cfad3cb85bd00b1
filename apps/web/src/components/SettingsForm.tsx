import { useMutation } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { AI_PROVIDERS, type AiProviderSetting, type SettingsUpdate } from "@docscan/shared";
import { errorMessage, fieldErrors } from "../errors.ts";
import { queryClient, trpc, type Settings } from "../trpc.ts";
import { TextField } from "./TextField.tsx";

const PROVIDERS: Record<AiProviderSetting, { label: string; hint: string }> = {
  auto: { label: "Automatic", hint: "The OpenAI-compatible API when an API key is set, otherwise the offline classifier." },
  local: {
    label: "Local",
    hint: "Offline sentence-embedding classifier on the worker: free and private. It learns from the documents you confirm and leaves a document unfiled when unsure.",
  },
  openai: { label: "OpenAI-compatible", hint: "OpenAI, Ollama, LM Studio, vLLM… Needs a model and usually an API key." },
};

export function SettingsForm({ settings }: { settings: Settings }) {
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
          setSaved("API key cleared.");
        } else {
          // The form now mirrors what the server stored (trimmed, defaults applied).
          setProvider(next.provider);
          setModel(next.model);
          setBaseUrl(next.baseUrl ?? "");
          setThreshold(next.threshold);
          setBudget(budgetText(next.monthlyBudgetUsd));
          setAllowNewTopics(next.allowNewTopics);
          setSaved("Settings saved.");
        }
        queryClient.setQueryData(trpc.settings.get.queryKey(), next);
        void queryClient.invalidateQueries(trpc.usage.pathFilter());
      },
    }),
  );
  const errors = fieldErrors(update.error);
  // Empty means no cap; anything else must be a non-negative amount.
  const budgetValue = budget.trim() === "" ? null : Number(budget.trim().replace(",", "."));
  const budgetError = budgetValue !== null && (!Number.isFinite(budgetValue) || budgetValue < 0) ? "Enter an amount in US dollars, or leave it empty for no cap." : errors.monthlyBudgetUsd;

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
      ? "Currently taken from the OPENAI_API_KEY environment variable. A key saved here overrides it."
      : settings.apiKeySource === "settings"
        ? "Stored encrypted. Leave blank to keep it."
        : "No key set.";

  return (
    <form className="card card-pad settings-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Classification</h2>

      <fieldset className="field">
        <legend>Provider</legend>
        <div className="radio-cards">
          {AI_PROVIDERS.map((p) => (
            <label key={p} className={`radio-card${provider === p ? " radio-card-on" : ""}`}>
              <input type="radio" name="provider" value={p} checked={provider === p} onChange={() => setProvider(p)} />
              <span>
                <strong>{PROVIDERS[p].label}</strong>
                <span className="muted small">{PROVIDERS[p].hint}</span>
              </span>
            </label>
          ))}
        </div>
        {errors.provider && <p className="field-error">{errors.provider}</p>}
      </fieldset>

      <div className="field-row">
        <TextField label="Model" value={model} onChange={setModel} error={errors.model} autoComplete="off" spellCheck={false} />
        <TextField
          label="Base URL"
          type="url"
          value={baseUrl}
          onChange={setBaseUrl}
          error={errors.baseUrl}
          hint="Empty means the default OpenAI endpoint."
          placeholder="https://api.openai.com/v1"
          spellCheck={false}
        />
      </div>

      <div className="field">
        <label htmlFor={`${id}-key`}>API key</label>
        <div className="input-with-action">
          <input
            id={`${id}-key`}
            type="password"
            value={apiKey}
            placeholder={settings.apiKeyMasked ?? "not set"}
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
              Clear key
            </button>
          )}
        </div>
        <p id={`${id}-key-hint`} className="hint">
          {keyHint}
        </p>
        {errors.apiKey && <p className="field-error">{errors.apiKey}</p>}
      </div>

      <div className="field">
        <label htmlFor={`${id}-threshold`}>Confidence threshold</label>
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
            {Math.round(threshold * 100)}%
          </output>
        </div>
        <p id={`${id}-threshold-hint`} className="hint">
          Topics suggested with less confidence than this are not attached.
        </p>
        {errors.threshold && <p className="field-error">{errors.threshold}</p>}
      </div>

      <TextField
        label="Monthly budget"
        type="text"
        inputMode="decimal"
        value={budget}
        onChange={setBudget}
        placeholder="No cap"
        autoComplete="off"
        hint="Estimated spending on model calls per calendar month (UTC). Once it is reached, docscan uses the offline classifier until the month ends. Empty means no cap."
        error={budgetError}
        inputRow={{ className: "money-input", before: <span aria-hidden="true">$</span>, after: <span className="muted small">USD</span> }}
      />

      <div className="field">
        <label className="check check-field">
          <input type="checkbox" checked={allowNewTopics} onChange={(e) => setAllowNewTopics(e.target.checked)} aria-describedby={`${id}-new-hint`} />
          <span>Let the model propose new topics</span>
        </label>
        <p id={`${id}-new-hint`} className="hint">
          When no topic fits, the model may suggest a new one. Proposals wait in Review; nothing is created without you.
        </p>
      </div>

      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={!dirty || update.isPending}>
          {update.isPending ? "Saving…" : "Save settings"}
        </button>
        <span aria-live="polite">
          {saved && (!dirty || saved === "API key cleared.") && <span className="text-ok">{saved}</span>}
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
