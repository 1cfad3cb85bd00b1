// Webhook endpoints (ADR 0022) over the REST routes /api/webhooks: register a URL for events (the signing
// secret is shown once), switch it off and on, delete it, and read its delivery log with redelivery.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { WEBHOOK_EVENTS, type WebhookEvent } from "@docscan/shared";
import { formatDateTime, formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { csrfHeaders, queryClient } from "../trpc.ts";
import { ACTIONS_COLUMN, DataTable } from "./DataTable.tsx";
import { Empty, InlineError } from "./Feedback.tsx";
import { QueryState } from "./QueryState.tsx";
import { TextField } from "./TextField.tsx";

interface Endpoint {
  id: string;
  url: string;
  events: WebhookEvent[];
  enabled: boolean;
  disabledReason: string | null;
  consecutiveFailures: number;
}
interface Delivery {
  id: string;
  event: WebhookEvent;
  state: "pending" | "succeeded" | "failed" | "skipped";
  attempts: number;
  responseStatus: number | null;
  latencyMs: number | null;
  responseSnippet: string | null;
  error: string | null;
  createdAt: string;
}

const KEY = ["rest", "webhooks"] as const;

// Event names (document.done, …) are the API's and stay as they are; errors from the server come in English.
const messages = defineMessages({
  en: {
    title: "Webhooks",
    intro: "docscan POSTs signed JSON to your URL when documents change (see docs/api.md for the signature). Private and local addresses are refused unless the admin allows them.",
    register: "Register a webhook",
    url: "URL",
    events: "Events",
    registering: "Registering…",
    registerButton: "Register webhook",
    secret: "Signing secret — copy it now, it is not shown again:",
    done: "Done",
    loading: "Loading webhooks…",
    couldNotLoad: "Could not load your webhooks",
    noWebhooks: "No webhooks yet.",
    state: "State",
    on: "On",
    off: "Off",
    hideLog: "Hide log",
    deliveries: "Deliveries",
    switchOff: "Switch off",
    switchOn: "Switch on",
    deleteUrl: (url: string) => `Delete ${url}`,
    delete: "Delete",
    loadingDeliveries: "Loading deliveries…",
    couldNotLoadDeliveries: "Could not load the deliveries",
    noDeliveries: "No deliveries yet.",
    when: "When",
    event: "Event",
    outcome: "Outcome",
    answer: "Answer",
    pending: "pending",
    succeeded: "succeeded",
    failed: "failed",
    skipped: "skipped",
    attempts: (n: number) => ` · ${formatNumber(n)} attempts`,
    redeliver: "Redeliver",
  },
  de: {
    title: "Webhooks",
    intro: "docscan sendet signiertes JSON per POST an Ihre URL, wenn sich Dokumente ändern (die Signatur beschreibt docs/api.md). Private und lokale Adressen werden abgelehnt, sofern der Administrator sie nicht erlaubt.",
    register: "Webhook registrieren",
    url: "URL",
    events: "Ereignisse",
    registering: "Wird registriert…",
    registerButton: "Webhook registrieren",
    secret: "Signaturschlüssel — kopieren Sie ihn jetzt, er wird nicht wieder angezeigt:",
    done: "Fertig",
    loading: "Webhooks werden geladen…",
    couldNotLoad: "Ihre Webhooks konnten nicht geladen werden",
    noWebhooks: "Noch keine Webhooks.",
    state: "Zustand",
    on: "An",
    off: "Aus",
    hideLog: "Protokoll ausblenden",
    deliveries: "Zustellungen",
    switchOff: "Ausschalten",
    switchOn: "Einschalten",
    deleteUrl: (url: string) => `${url} löschen`,
    delete: "Löschen",
    loadingDeliveries: "Zustellungen werden geladen…",
    couldNotLoadDeliveries: "Zustellungen konnten nicht geladen werden",
    noDeliveries: "Noch keine Zustellungen.",
    when: "Wann",
    event: "Ereignis",
    outcome: "Ergebnis",
    answer: "Antwort",
    pending: "ausstehend",
    succeeded: "zugestellt",
    failed: "fehlgeschlagen",
    skipped: "übersprungen",
    attempts: (n: number) => ` · ${formatNumber(n)} Versuche`,
    redeliver: "Erneut zustellen",
  },
});

async function rest<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  const res = await fetch(path, {
    method: init.method ?? "GET",
    headers: { ...csrfHeaders(), ...(init.body === undefined ? {} : { "content-type": "application/json" }) },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  if (res.status === 204) return undefined as T;
  const body = (await res.json().catch(() => null)) as { error?: string } | null;
  if (!res.ok) throw new Error(body?.error ?? `HTTP ${res.status}`);
  return body as T;
}

const refresh = () => queryClient.invalidateQueries({ queryKey: KEY });

/** Webhooks: your endpoints, each with its delivery log. Admins' endpoints hear about every document. */
export function Webhooks() {
  const m = useMessages(messages);
  const id = useId();
  const endpoints = useQuery({ queryKey: KEY, queryFn: () => rest<Endpoint[]>("/api/webhooks") });
  const [url, setUrl] = useState("");
  const [events, setEvents] = useState<WebhookEvent[]>(["document.done"]);
  const [secret, setSecret] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);

  const create = useMutation({
    mutationFn: () => rest<Endpoint & { secret: string }>("/api/webhooks", { method: "POST", body: { url, events } }),
    onSuccess: async (e) => {
      setSecret(e.secret);
      setUrl("");
      await refresh();
    },
  });
  const change = useMutation({
    mutationFn: ({ target, enabled }: { target: Endpoint; enabled: boolean }) => rest(`/api/webhooks/${target.id}`, { method: "PATCH", body: { enabled } }),
    onSuccess: refresh,
  });
  const remove = useMutation({ mutationFn: (target: Endpoint) => rest(`/api/webhooks/${target.id}`, { method: "DELETE" }), onSuccess: refresh });

  function submit(e: FormEvent) {
    e.preventDefault();
    create.mutate();
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="card-pad">
        <h2 id={`${id}-title`}>{m.title}</h2>
        <p className="muted small">{m.intro}</p>
        <form onSubmit={submit} noValidate aria-label={m.register}>
          <TextField label={m.url} value={url} onChange={setUrl} placeholder="https://automations.example.com/docscan" autoComplete="off" />
          <fieldset className="webhook-events">
            <legend className="small">{m.events}</legend>
            {WEBHOOK_EVENTS.map((ev) => (
              <label key={ev} className="small" style={{ marginRight: "0.75rem" }}>
                <input type="checkbox" checked={events.includes(ev)} onChange={(e) => setEvents(e.target.checked ? [...events, ev] : events.filter((x) => x !== ev))} /> {ev}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? m.registering : m.registerButton}
          </button>
        </form>
        <InlineError error={create.error} />
        <div aria-live="polite">
          {secret && (
            <div className="notice">
              <p>{m.secret}</p>
              <code data-webhook-secret>{secret}</code>{" "}
              <button type="button" className="btn btn-xs" onClick={() => setSecret(null)}>
                {m.done}
              </button>
            </div>
          )}
        </div>
        <InlineError error={change.error ?? remove.error} />
      </div>

      <QueryState query={endpoints} loading={m.loading} errorTitle={m.couldNotLoad} isEmpty={(list) => list.length === 0} empty={<Empty title={m.noWebhooks} />}>
        {(list) => (
          <DataTable className="webhooks-table" columns={[m.url, m.events, m.state, ACTIONS_COLUMN]}>
            {list.map((e) => (
              <tr key={e.id} data-webhook={e.url}>
                <td>
                  <code>{e.url}</code>
                  {open === e.id && <DeliveryLog endpointId={e.id} />}
                </td>
                <td className="small">{e.events.join(", ")}</td>
                <td className="small">
                  {e.enabled ? m.on : <strong>{m.off}</strong>}
                  {e.disabledReason && (
                    <p className="text-warn" role="status">
                      {e.disabledReason}
                    </p>
                  )}
                </td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="btn btn-xs" onClick={() => setOpen(open === e.id ? null : e.id)}>
                      {open === e.id ? m.hideLog : m.deliveries}
                    </button>
                    <button type="button" className="btn btn-xs" onClick={() => change.mutate({ target: e, enabled: !e.enabled })}>
                      {e.enabled ? m.switchOff : m.switchOn}
                    </button>
                    <button type="button" className="btn btn-danger-ghost btn-xs" aria-label={m.deleteUrl(e.url)} onClick={() => remove.mutate(e)}>
                      {m.delete}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </section>
  );
}

/** An endpoint's last deliveries: event, outcome, status, latency and the start of the answer. */
function DeliveryLog({ endpointId }: { endpointId: string }) {
  const m = useMessages(messages);
  const key = [...KEY, endpointId, "deliveries"];
  const log = useQuery({ queryKey: key, queryFn: () => rest<Delivery[]>(`/api/webhooks/${endpointId}/deliveries?limit=20`) });
  const redeliver = useMutation({
    mutationFn: (deliveryId: string) => rest(`/api/webhooks/deliveries/${deliveryId}/redeliver`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return (
    <div className="webhook-log">
      <InlineError error={redeliver.error} />
      <QueryState query={log} loading={m.loadingDeliveries} errorTitle={m.couldNotLoadDeliveries} isEmpty={(l) => l.length === 0} empty={<Empty title={m.noDeliveries} />}>
        {(list) => (
          <DataTable className="deliveries-table" columns={[m.when, m.event, m.outcome, m.answer, ACTIONS_COLUMN]}>
            {list.map((d) => (
              <tr key={d.id}>
                <td className="nowrap small">{formatDateTime(new Date(d.createdAt))}</td>
                <td className="small">{d.event}</td>
                <td className="small">
                  {m[d.state]}
                  {d.responseStatus !== null && ` · HTTP ${d.responseStatus}`}
                  {d.latencyMs !== null && ` · ${d.latencyMs} ms`}
                  {d.attempts > 1 && m.attempts(d.attempts)}
                </td>
                <td className="small">
                  <code>{(d.error ?? d.responseSnippet ?? "").slice(0, 120)}</code>
                </td>
                <td>
                  <button type="button" className="btn btn-xs" disabled={redeliver.isPending} onClick={() => redeliver.mutate(d.id)}>
                    {m.redeliver}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>
    </div>
  );
}
