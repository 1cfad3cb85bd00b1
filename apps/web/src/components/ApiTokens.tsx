import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { LIMITS, tokenNameSchema } from "@docscan/shared";
import { formatDateTime } from "../format.ts";
import { queryClient, trpc, type RouterOutputs } from "../trpc.ts";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { ACTIONS_COLUMN, DataTable } from "./DataTable.tsx";
import { Empty, InlineError } from "./Feedback.tsx";
import { QueryState } from "./QueryState.tsx";
import { TextField } from "./TextField.tsx";

type TokenInfo = RouterOutputs["auth"]["tokens"]["list"][number];

/** Personal API tokens for scripts: created with a name, shown once, listed by prefix, revocable. */
export function ApiTokens() {
  const id = useId();
  const tokens = useQuery(trpc.auth.tokens.list.queryOptions());
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | undefined>();
  const [created, setCreated] = useState<{ token: string; name: string } | null>(null);
  const [toRevoke, setToRevoke] = useState<TokenInfo | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);
  const invalidate = () => queryClient.invalidateQueries(trpc.auth.tokens.pathFilter());

  const create = useMutation(
    trpc.auth.tokens.create.mutationOptions({
      onSuccess: async ({ token, info }) => {
        setCreated({ token, name: info.name });
        setName("");
        await invalidate();
      },
    }),
  );
  const revoke = useMutation(
    trpc.auth.tokens.revoke.mutationOptions({
      onSuccess: async () => {
        setRevoked(`Revoked “${toRevoke?.name ?? "token"}”. Scripts using it are refused from now on.`);
        setToRevoke(null);
        await invalidate();
      },
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    setRevoked(null);
    const r = tokenNameSchema.safeParse(name);
    setNameError(r.success ? undefined : r.error.issues[0]?.message);
    if (r.success) create.mutate({ name: r.data });
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="card-pad">
        <h2 id={`${id}-title`}>API tokens</h2>
        <p className="muted small tokens-intro">
          Scripts send a token as <code>Authorization: Bearer &lt;token&gt;</code> and act as you, with your documents and limits.
        </p>
        <form className="token-create" onSubmit={submit} noValidate aria-label="Create an API token">
          <TextField label="Token name" value={name} onChange={setName} error={nameError} maxLength={LIMITS.tokenNameMax} placeholder="e.g. scanner at the office" autoComplete="off" />
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? "Creating…" : "Create token"}
          </button>
        </form>
        <InlineError error={create.error} />
        <div aria-live="polite">
          {created && <NewToken key={created.token} {...created} onDone={() => setCreated(null)} />}
          {revoked && <p className="text-ok">{revoked}</p>}
        </div>
      </div>

      <QueryState query={tokens} loading="Loading tokens…" errorTitle="Could not load your tokens" isEmpty={(list) => list.length === 0} empty={<Empty title="No API tokens yet." />}>
        {(list) => (
          <DataTable className="tokens-table" columns={["Name", "Token", "Created", "Last used", ACTIONS_COLUMN]}>
            {list.map((t) => (
              <tr key={t.id} data-token={t.name}>
                <td>{t.name}</td>
                <td>
                  <code>{t.prefix}…</code>
                </td>
                <td className="nowrap">{formatDateTime(t.createdAt)}</td>
                <td className="nowrap">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : <span className="muted">Never</span>}</td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="btn btn-danger-ghost btn-xs"
                      aria-label={`Revoke ${t.name}`}
                      onClick={() => {
                        revoke.reset();
                        setToRevoke(t);
                      }}
                    >
                      Revoke
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryState>

      <ConfirmDialog
        open={toRevoke !== null}
        title={`Revoke “${toRevoke?.name ?? ""}”?`}
        confirmLabel="Revoke token"
        busy={revoke.isPending}
        error={<InlineError error={revoke.error} />}
        onCancel={() => setToRevoke(null)}
        onConfirm={() => toRevoke && revoke.mutate({ id: toRevoke.id })}
      >
        <p>Scripts that use this token are refused from the next request on. This cannot be undone.</p>
      </ConfirmDialog>
    </section>
  );
}

/** The token itself, shown this once: docscan keeps only its hash. */
function NewToken({ token, name, onDone }: { token: string; name: string; onDone: () => void }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [copy, setCopy] = useState<"idle" | "copied" | "failed">("idle");

  function copyToken() {
    const selectForCopy = () => {
      // No clipboard (plain http, where browsers offer none) or no permission: select the text for Ctrl+C / ⌘C.
      input.current?.select();
      setCopy("failed");
    };
    // Typed as always there; undefined on a non-secure origin such as http://nas:3000.
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return selectForCopy();
    clipboard.writeText(token).then(() => setCopy("copied"), selectForCopy);
  }

  return (
    <div className="alert alert-ok token-reveal" role="status">
      <div className="token-reveal-body">
        <strong>Token “{name}” created. Copy it now: you won’t see it again.</strong>
        <label htmlFor={`${id}-token`} className="visually-hidden">
          New API token
        </label>
        <div className="input-with-action">
          <input id={`${id}-token`} ref={input} className="token-value" value={token} readOnly spellCheck={false} onFocus={(e) => e.target.select()} />
          <button type="button" className="btn btn-secondary" onClick={copyToken}>
            {copy === "copied" ? "Copied" : "Copy"}
          </button>
        </div>
        {copy === "failed" && <p className="small">The browser did not allow copying: the token is selected, press Ctrl+C (⌘C on a Mac).</p>}
      </div>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onDone}>
        Done
      </button>
    </div>
  );
}
