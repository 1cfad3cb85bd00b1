import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { LIMITS, tokenNameSchema } from "@docscan/shared";
import { formatDateTime } from "../format.ts";
import { schemaMessage } from "../form-validation.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc, type RouterOutputs } from "../trpc.ts";
import { ConfirmDialog } from "./ConfirmDialog.tsx";
import { ACTIONS_COLUMN, DataTable } from "./DataTable.tsx";
import { Empty, InlineError } from "./Feedback.tsx";
import { QueryState } from "./QueryState.tsx";
import { TextField } from "./TextField.tsx";

type TokenInfo = RouterOutputs["auth"]["tokens"]["list"][number];

const messages = defineMessages({
  en: {
    revokedToken: (name: string | undefined) => `Revoked “${name ?? "token"}”. Scripts using it are refused from now on.`,
    title: "API tokens",
    introBefore: "Scripts send a token as",
    introAfter: "and act as you, with your documents and limits.",
    createLabel: "Create an API token",
    tokenName: "Token name",
    tokenNameExample: "e.g. scanner at the office",
    creating: "Creating…",
    create: "Create token",
    loading: "Loading tokens…",
    couldNotLoad: "Could not load your tokens",
    noTokens: "No API tokens yet.",
    name: "Name",
    token: "Token",
    created: "Created",
    lastUsed: "Last used",
    never: "Never",
    revokeNamed: (name: string) => `Revoke ${name}`,
    revoke: "Revoke",
    revokeTitle: (name: string) => `Revoke “${name}”?`,
    revokeConfirm: "Revoke token",
    revokeExplained: "Scripts that use this token are refused from the next request on. This cannot be undone.",
    createdOnce: (name: string) => `Token “${name}” created. Copy it now: you won’t see it again.`,
    newToken: "New API token",
    copied: "Copied",
    copy: "Copy",
    copyRefused: "The browser did not allow copying: the token is selected, press Ctrl+C (⌘C on a Mac).",
    done: "Done",
  },
  de: {
    revokedToken: (name: string | undefined) => `„${name ?? "Token"}“ widerrufen. Skripte, die es verwenden, werden ab jetzt abgewiesen.`,
    title: "API-Token",
    introBefore: "Skripte senden ein Token als",
    introAfter: "und handeln in Ihrem Namen, mit Ihren Dokumenten und Limits.",
    createLabel: "API-Token erstellen",
    tokenName: "Name des Tokens",
    tokenNameExample: "z. B. Scanner im Büro",
    creating: "Wird erstellt…",
    create: "Token erstellen",
    loading: "Token werden geladen…",
    couldNotLoad: "Ihre Token konnten nicht geladen werden",
    noTokens: "Noch keine API-Token.",
    name: "Name",
    token: "Token",
    created: "Erstellt",
    lastUsed: "Zuletzt verwendet",
    never: "Nie",
    revokeNamed: (name: string) => `${name} widerrufen`,
    revoke: "Widerrufen",
    revokeTitle: (name: string) => `„${name}“ widerrufen?`,
    revokeConfirm: "Token widerrufen",
    revokeExplained: "Skripte, die dieses Token verwenden, werden ab der nächsten Anfrage abgewiesen. Das lässt sich nicht rückgängig machen.",
    createdOnce: (name: string) => `Token „${name}“ erstellt. Kopieren Sie es jetzt: Es wird nicht wieder angezeigt.`,
    newToken: "Neues API-Token",
    copied: "Kopiert",
    copy: "Kopieren",
    copyRefused: "Der Browser hat das Kopieren nicht erlaubt: Das Token ist markiert, drücken Sie Strg+C (⌘C auf einem Mac).",
    done: "Fertig",
  },
});

/** Personal API tokens for scripts: created with a name, shown once, listed by prefix, revocable. */
export function ApiTokens() {
  const m = useMessages(messages);
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
        setRevoked(m.revokedToken(toRevoke?.name));
        setToRevoke(null);
        await invalidate();
      },
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    setRevoked(null);
    const r = tokenNameSchema.safeParse(name);
    setNameError(r.success ? undefined : r.error.issues[0] && schemaMessage(r.error.issues[0].message));
    if (r.success) create.mutate({ name: r.data });
  }

  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="card-pad">
        <h2 id={`${id}-title`}>{m.title}</h2>
        <p className="muted small tokens-intro">
          {m.introBefore} <code>Authorization: Bearer &lt;token&gt;</code> {m.introAfter}
        </p>
        <form className="token-create" onSubmit={submit} noValidate aria-label={m.createLabel}>
          <TextField label={m.tokenName} value={name} onChange={setName} error={nameError} maxLength={LIMITS.tokenNameMax} placeholder={m.tokenNameExample} autoComplete="off" />
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {create.isPending ? m.creating : m.create}
          </button>
        </form>
        <InlineError error={create.error} />
        <div aria-live="polite">
          {created && <NewToken key={created.token} {...created} onDone={() => setCreated(null)} />}
          {revoked && <p className="text-ok">{revoked}</p>}
        </div>
      </div>

      <QueryState query={tokens} loading={m.loading} errorTitle={m.couldNotLoad} isEmpty={(list) => list.length === 0} empty={<Empty title={m.noTokens} />}>
        {(list) => (
          <DataTable className="tokens-table" columns={[m.name, m.token, m.created, m.lastUsed, ACTIONS_COLUMN]}>
            {list.map((t) => (
              <tr key={t.id} data-token={t.name}>
                <td>{t.name}</td>
                <td>
                  <code>{t.prefix}…</code>
                </td>
                <td className="nowrap">{formatDateTime(t.createdAt)}</td>
                <td className="nowrap">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : <span className="muted">{m.never}</span>}</td>
                <td>
                  <div className="row-actions">
                    <button
                      type="button"
                      className="btn btn-danger-ghost btn-xs"
                      aria-label={m.revokeNamed(t.name)}
                      onClick={() => {
                        revoke.reset();
                        setToRevoke(t);
                      }}
                    >
                      {m.revoke}
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
        title={m.revokeTitle(toRevoke?.name ?? "")}
        confirmLabel={m.revokeConfirm}
        busy={revoke.isPending}
        error={<InlineError error={revoke.error} />}
        onCancel={() => setToRevoke(null)}
        onConfirm={() => toRevoke && revoke.mutate({ id: toRevoke.id })}
      >
        <p>{m.revokeExplained}</p>
      </ConfirmDialog>
    </section>
  );
}

/** The token itself, shown this once: docscan keeps only its hash. */
function NewToken({ token, name, onDone }: { token: string; name: string; onDone: () => void }) {
  const m = useMessages(messages);
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
        <strong>{m.createdOnce(name)}</strong>
        <label htmlFor={`${id}-token`} className="visually-hidden">
          {m.newToken}
        </label>
        <div className="input-with-action">
          <input id={`${id}-token`} ref={input} className="token-value" value={token} readOnly spellCheck={false} onFocus={(e) => e.target.select()} />
          <button type="button" className="btn btn-secondary" onClick={copyToken}>
            {copy === "copied" ? m.copied : m.copy}
          </button>
        </div>
        {copy === "failed" && <p className="small">{m.copyRefused}</p>}
      </div>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onDone}>
        {m.done}
      </button>
    </div>
  );
}
