// Webhook endpoints (ADR 0022) over the REST routes /api/webhooks: register a URL for events (the signing
// secret is shown once), switch it off and on, delete it, and read its delivery log with redelivery.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { WEBHOOK_EVENTS, type WebhookEvent } from "@docscan/shared";
import { formatDateTime } from "../format.ts";
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
        <h2 id={`${id}-title`}>Webhooks</h2>
        <p className="muted small">
          docscan POSTs signed JSON to your URL when documents change (see docs/api.md for the signature). Private and local addresses are refused unless the
          admin allows them.
        </p>
        <form onSubmit={submit} noValidate aria-label="Register a webhook">
          <TextField label="URL" value={url} onChange={setUrl} placeholder="https://automations.example.com/docscan" autoComplete="off" />
          <fieldset className="webhook-events">
            <legend className="small">Events</legend>
            {WEBHOOK_EVENTS.map((ev) => (
              <label key={ev} className="small" style={{ marginRight: "0.75rem" }}>
                <input type="checkbox" checked={events.includes(ev)} onChange={(e) => setEvents(e.target.checked ? [...events, ev] : events.filter((x) => x !== ev))} /> {ev}
              </label>
            ))}
          </fieldset>
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? "Registering…" : "Register webhook"}
          </button>
        </form>
        <InlineError error={create.error} />
        <div aria-live="polite">
          {secret && (
            <div className="notice">
              <p>Signing secret — copy it now, it is not shown again:</p>
              <code data-webhook-secret>{secret}</code>{" "}
              <button type="button" className="btn btn-xs" onClick={() => setSecret(null)}>
                Done
              </button>
            </div>
          )}
        </div>
        <InlineError error={change.error ?? remove.error} />
      </div>

      <QueryState query={endpoints} loading="Loading webhooks…" errorTitle="Could not load your webhooks" isEmpty={(list) => list.length === 0} empty={<Empty title="No webhooks yet." />}>
        {(list) => (
          <DataTable className="webhooks-table" columns={["URL", "Events", "State", ACTIONS_COLUMN]}>
            {list.map((e) => (
              <tr key={e.id} data-webhook={e.url}>
                <td>
                  <code>{e.url}</code>
                  {open === e.id && <DeliveryLog endpointId={e.id} />}
                </td>
                <td className="small">{e.events.join(", ")}</td>
                <td className="small">
                  {e.enabled ? "On" : <strong>Off</strong>}
                  {e.disabledReason && (
                    <p className="text-warn" role="status">
                      {e.disabledReason}
                    </p>
                  )}
                </td>
                <td>
                  <div className="row-actions">
                    <button type="button" className="btn btn-xs" onClick={() => setOpen(open === e.id ? null : e.id)}>
                      {open === e.id ? "Hide log" : "Deliveries"}
                    </button>
                    <button type="button" className="btn btn-xs" onClick={() => change.mutate({ target: e, enabled: !e.enabled })}>
                      {e.enabled ? "Switch off" : "Switch on"}
                    </button>
                    <button type="button" className="btn btn-danger-ghost btn-xs" aria-label={`Delete ${e.url}`} onClick={() => remove.mutate(e)}>
                      Delete
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
  const key = [...KEY, endpointId, "deliveries"];
  const log = useQuery({ queryKey: key, queryFn: () => rest<Delivery[]>(`/api/webhooks/${endpointId}/deliveries?limit=20`) });
  const redeliver = useMutation({
    mutationFn: (deliveryId: string) => rest(`/api/webhooks/deliveries/${deliveryId}/redeliver`, { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
  return (
    <div className="webhook-log">
      <InlineError error={redeliver.error} />
      <QueryState query={log} loading="Loading deliveries…" errorTitle="Could not load the deliveries" isEmpty={(l) => l.length === 0} empty={<Empty title="No deliveries yet." />}>
        {(list) => (
          <DataTable className="deliveries-table" columns={["When", "Event", "Outcome", "Answer", ACTIONS_COLUMN]}>
            {list.map((d) => (
              <tr key={d.id}>
                <td className="nowrap small">{formatDateTime(new Date(d.createdAt))}</td>
                <td className="small">{d.event}</td>
                <td className="small">
                  {d.state}
                  {d.responseStatus !== null && ` · HTTP ${d.responseStatus}`}
                  {d.latencyMs !== null && ` · ${d.latencyMs} ms`}
                  {d.attempts > 1 && ` · ${d.attempts} attempts`}
                </td>
                <td className="small">
                  <code>{(d.error ?? d.responseSnippet ?? "").slice(0, 120)}</code>
                </td>
                <td>
                  <button type="button" className="btn btn-xs" disabled={redeliver.isPending} onClick={() => redeliver.mutate(d.id)}>
                    Redeliver
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
