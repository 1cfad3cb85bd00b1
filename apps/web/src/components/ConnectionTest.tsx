import { useMutation } from "@tanstack/react-query";
import { errorMessage } from "../errors.ts";
import { trpc, type Settings } from "../trpc.ts";

const PROVIDER_NAMES = { local: "Local classifier (offline)", openai: "OpenAI-compatible API" } as const;

export function ConnectionTest({ settings }: { settings: Settings }) {
  const test = useMutation(trpc.settings.testConnection.mutationOptions());
  const result = test.data;

  return (
    <aside className="card card-pad" aria-labelledby="connection-title">
      <h2 id="connection-title">Classifier in use</h2>
      <p className="effective">
        <span className={`provider-badge provider-${settings.effectiveProvider}`} data-testid="effective-provider">
          {PROVIDER_NAMES[settings.effectiveProvider]}
        </span>
      </p>
      <p className="muted small">
        {settings.effectiveProvider === "openai"
          ? `Model ${settings.model} at ${settings.baseUrl ?? "the default OpenAI endpoint"}.`
          : "Matches words in each document against your topics' names and descriptions. Nothing leaves this server."}
      </p>
      <div className="form-actions">
        <button type="button" className="btn btn-secondary" onClick={() => test.mutate()} disabled={test.isPending}>
          {test.isPending ? "Testing…" : "Test connection"}
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
                ? "The local classifier is ready."
                : `Connected in ${result.latencyMs} ms.${result.modelAvailable ? "" : ` The server does not list the model “${settings.model}”.`}`}
            </p>
          ) : (
            <p className="alert alert-error">Connection failed: {result.error}</p>
          ))}
      </div>
      <p className="muted small">The test uses the saved settings.</p>
    </aside>
  );
}
