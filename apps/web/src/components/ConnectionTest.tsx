import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../errors.ts";
import { formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { trpc, type Settings } from "../trpc.ts";

const messages = defineMessages({
  en: {
    local: "Local classifier (offline)",
    openai: "OpenAI-compatible API",
    title: "Classifier in use",
    modelAt: (model: string, baseUrl: string | null) => `Model ${model} at ${baseUrl ?? "the default OpenAI endpoint"}.`,
    localExplained: "Matches words in each document against your topics' names and descriptions. Nothing leaves this server.",
    testing: "Testing…",
    test: "Test connection",
    localReady: "The local classifier is ready.",
    connected: (ms: number, model: string, listed: boolean) => `Connected in ${ms} ms.${listed ? "" : ` The server does not list the model “${model}”.`}`,
    failed: "Connection failed:",
    usesSaved: "The test uses the saved settings.",
  },
  de: {
    local: "Lokaler Klassifikator (offline)",
    openai: "OpenAI-kompatible API",
    title: "Verwendeter Klassifikator",
    modelAt: (model: string, baseUrl: string | null) => `Modell ${model} unter ${baseUrl ?? "dem Standard-Endpunkt von OpenAI"}.`,
    localExplained: "Vergleicht die Wörter jedes Dokuments mit den Namen und Beschreibungen Ihrer Themen. Nichts verlässt diesen Server.",
    testing: "Wird getestet…",
    test: "Verbindung testen",
    localReady: "Der lokale Klassifikator ist bereit.",
    connected: (ms: number, model: string, listed: boolean) => `Verbunden in ${formatNumber(ms)} ms.${listed ? "" : ` Der Server führt das Modell „${model}“ nicht.`}`,
    failed: "Verbindung fehlgeschlagen:",
    usesSaved: "Der Test verwendet die gespeicherten Einstellungen.",
  },
});

export function ConnectionTest({ settings }: { settings: Settings }) {
  const m = useMessages(messages);
  const test = useMutation(trpc.settings.testConnection.mutationOptions());
  const result = test.data;

  return (
    <aside className="card card-pad" aria-labelledby="connection-title">
      <h2 id="connection-title">{m.title}</h2>
      <p className="effective">
        <span className={`provider-badge provider-${settings.effectiveProvider}`} data-testid="effective-provider">
          {m[settings.effectiveProvider]}
        </span>
      </p>
      <p className="muted small">
        {settings.effectiveProvider === "openai"
          ? m.modelAt(settings.model, settings.baseUrl)
          : m.localExplained}
      </p>
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" onClick={() => test.mutate()} disabled={test.isPending}>
          {test.isPending ? m.testing : m.test}
        </button>
      </div>
      <div aria-live="polite">
        {test.isError && (
          <p className="alert alert-error" role="alert">
            {errorMessage(test.error)}
          </p>
        )}
        {result &&
          (result.ok ? (
            <p className="alert alert-ok">
              {result.provider === "local"
                ? m.localReady
                : m.connected(result.latencyMs, settings.model, result.modelAvailable)}
            </p>
          ) : (
            <p className="alert alert-error">
              {m.failed} {result.error}
            </p>
          ))}
      </div>
      <p className="muted small">{m.usesSaved}</p>
    </aside>
  );
}
