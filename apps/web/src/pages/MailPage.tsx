// Mail accounts (issue 15, ADR 0020): IMAP mailboxes the worker checks for documents. Members manage their
// own, admins everyone's. Each account shows its last check, errors and recent imports; "Check connection"
// signs in now and lists the server's folders. The password is never shown again once saved.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useIsAdmin } from "../auth.ts";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { ownerLabel } from "../components/DocumentTable.tsx";
import { Empty, InlineError } from "../components/Feedback.tsx";
import { MailAccountForm, type MailAccount, type MailAccountInput } from "../components/MailAccountForm.tsx";
import { Page } from "../components/Page.tsx";
import { QueryState } from "../components/QueryState.tsx";
import { formatDateTime } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc, type RouterOutputs } from "../trpc.ts";
import { useOwnerNames } from "./DocumentsPage.tsx";
import "../components/MailAccounts.css";

type CheckResult = RouterOutputs["mail"]["test"];
/** The worker checks accounts on its own; the page shows the outcome as it comes. */
const POLL_MS = 10_000;

const messages = defineMessages({
  en: {
    added: (name: string) => `${name} added. Check the connection now, or wait for the worker's first check.`,
    saved: (name: string) => `${name} saved; the worker checks it again shortly.`,
    removed: (name: string | undefined) => `${name ?? "The account"} removed. Documents it imported stay.`,
    title: "Mail accounts",
    intro: "Mailboxes docscan checks for new documents: attachments, or the e-mails themselves, filed by your rules.",
    addAccount: "Add account",
    loading: "Loading the mail accounts…",
    couldNotLoad: "Could not load the mail accounts",
    noAccounts: "No mail accounts yet.",
    noAccountsHint: "Add the mailbox your invoices and letters arrive in; docscan imports what your rules say and files it.",
    removeTitle: "Remove mail account?",
    removeConfirm: "Remove account",
    removeBefore: "docscan stops checking",
    removeAfter: "and forgets its password. Documents it imported stay; messages on the server are not touched.",
    account: (user: string, server: string, tls: boolean, folders: string, rules: number) =>
      `${user} @ ${server} · ${tls ? "TLS" : "no TLS"} · watching ${folders} · ${rules} ${rules === 1 ? "rule" : "rules"}`,
    owner: (name: string) => ` · Owner: ${name}`,
    off: "Switched off",
    failing: "Failing",
    ok: "Working",
    waiting: "Not checked yet",
    lastCheck: "Last check",
    never: "never",
    lastSuccess: "Last success",
    handled: "Messages handled",
    nextCheck: "Next check",
    failed: (failures: number) => (failures > 1 ? `${failures} checks in a row failed` : "The last check failed"),
    signingIn: "Signing in…",
    connected: (folders: string) => `Connected and signed in. Folders on the server: ${folders || "none"}.`,
    notOnServer: (folders: string) => ` Not on the server: ${folders}.`,
    couldNotConnect: "Could not connect:",
    checkConnection: "Check connection",
    hideImports: "Hide recent imports",
    recentImports: "Recent imports",
    edit: "Edit",
    removeNamed: (name: string) => `Remove ${name}`,
    remove: "Remove",
    imported: "Imported",
    skipped: "Skipped",
    outcomeFailed: "Failed",
    loadingImports: "Loading the recent imports…",
    couldNotLoadImports: "Could not load the recent imports",
    noMessages: "No messages handled yet.",
    recentMessages: "Recent messages, newest first",
    noSubject: "(no subject)",
    documents: (n: number) => ` · ${n} ${n === 1 ? "document" : "documents"}`,
  },
  de: {
    added: (name: string) => `${name} hinzugefügt. Prüfen Sie jetzt die Verbindung oder warten Sie auf den ersten Abruf durch den Worker.`,
    saved: (name: string) => `${name} gespeichert; der Worker ruft es gleich erneut ab.`,
    removed: (name: string | undefined) => `${name ?? "Das Konto"} entfernt. Daraus importierte Dokumente bleiben erhalten.`,
    title: "E-Mail-Konten",
    intro: "Postfächer, die docscan auf neue Dokumente prüft: Anhänge oder die E-Mails selbst, abgelegt nach Ihren Regeln.",
    addAccount: "Konto hinzufügen",
    loading: "E-Mail-Konten werden geladen…",
    couldNotLoad: "E-Mail-Konten konnten nicht geladen werden",
    noAccounts: "Noch keine E-Mail-Konten.",
    noAccountsHint: "Fügen Sie das Postfach hinzu, in dem Ihre Rechnungen und Briefe ankommen; docscan importiert, was Ihre Regeln vorgeben, und legt es ab.",
    removeTitle: "E-Mail-Konto entfernen?",
    removeConfirm: "Konto entfernen",
    removeBefore: "docscan ruft",
    removeAfter: "nicht mehr ab und vergisst das Passwort. Daraus importierte Dokumente bleiben erhalten; Nachrichten auf dem Server bleiben unberührt.",
    account: (user: string, server: string, tls: boolean, folders: string, rules: number) =>
      `${user} @ ${server} · ${tls ? "TLS" : "ohne TLS"} · überwacht ${folders} · ${rules} ${rules === 1 ? "Regel" : "Regeln"}`,
    owner: (name: string) => ` · Eigentümer: ${name}`,
    off: "Ausgeschaltet",
    failing: "Fehlerhaft",
    ok: "Funktioniert",
    waiting: "Noch nicht abgerufen",
    lastCheck: "Letzter Abruf",
    never: "nie",
    lastSuccess: "Letzter Erfolg",
    handled: "Verarbeitete Nachrichten",
    nextCheck: "Nächster Abruf",
    failed: (failures: number) => (failures > 1 ? `${failures} Abrufe nacheinander fehlgeschlagen` : "Der letzte Abruf ist fehlgeschlagen"),
    signingIn: "Anmelden…",
    connected: (folders: string) => `Verbunden und angemeldet. Ordner auf dem Server: ${folders || "keine"}.`,
    notOnServer: (folders: string) => ` Nicht auf dem Server: ${folders}.`,
    couldNotConnect: "Verbindung fehlgeschlagen:",
    checkConnection: "Verbindung prüfen",
    hideImports: "Letzte Importe ausblenden",
    recentImports: "Letzte Importe",
    edit: "Bearbeiten",
    removeNamed: (name: string) => `${name} entfernen`,
    remove: "Entfernen",
    imported: "Importiert",
    skipped: "Übersprungen",
    outcomeFailed: "Fehlgeschlagen",
    loadingImports: "Letzte Importe werden geladen…",
    couldNotLoadImports: "Letzte Importe konnten nicht geladen werden",
    noMessages: "Noch keine Nachrichten verarbeitet.",
    recentMessages: "Letzte Nachrichten, neueste zuerst",
    noSubject: "(kein Betreff)",
    documents: (n: number) => ` · ${n} ${n === 1 ? "Dokument" : "Dokumente"}`,
  },
});

export function MailPage() {
  const m = useMessages(messages);
  const accounts = useQuery({ ...trpc.mail.list.queryOptions(), refetchInterval: POLL_MS });
  const owners = useOwnerNames(useIsAdmin());
  /** The form: null closed, "new" adding, else the account being edited. */
  const [editing, setEditing] = useState<MailAccount | "new" | null>(null);
  const [toDelete, setToDelete] = useState<MailAccount | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.mail.pathFilter());

  const create = useMutation(
    trpc.mail.create.mutationOptions({
      onSuccess: async (a) => {
        setEditing(null);
        setNotice(m.added(a.name));
        await refresh();
      },
    }),
  );
  const update = useMutation(
    trpc.mail.update.mutationOptions({
      onSuccess: async (a) => {
        setEditing(null);
        setNotice(m.saved(a.name));
        await refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.mail.delete.mutationOptions({
      onSuccess: async () => {
        setNotice(m.removed(toDelete?.name));
        setToDelete(null);
        await refresh();
      },
    }),
  );

  function save(input: MailAccountInput & { password?: string }) {
    setNotice(null);
    if (editing === "new") create.mutate(input);
    else if (editing) update.mutate({ ...input, id: editing.id });
  }
  const saving = editing === "new" ? create : update;

  return (
    <Page
      title={m.title}
      intro={m.intro}
      actions={
        editing === null && (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => {
              create.reset();
              setEditing("new");
            }}
          >
            {m.addAccount}
          </button>
        )
      }
    >
      <div aria-live="polite">{notice && <p className="alert alert-info">{notice}</p>}</div>
      {editing !== null && (
        <MailAccountForm
          key={editing === "new" ? "new" : editing.id}
          account={editing === "new" ? null : editing}
          busy={saving.isPending}
          error={saving.error}
          onSubmit={save}
          onCancel={() => setEditing(null)}
        />
      )}

      <QueryState
        query={accounts}
        loading={m.loading}
        errorTitle={m.couldNotLoad}
        isEmpty={(list) => list.length === 0}
        empty={
          editing === null ? (
            <Empty title={m.noAccounts}>
              <p>{m.noAccountsHint}</p>
            </Empty>
          ) : null
        }
      >
        {(list) => (
          <ul className="mail-accounts" aria-label={m.title}>
            {list.map((a) => (
              <AccountCard
                key={a.id}
                account={a}
                owner={owners ? ownerLabel(owners, a.ownerId) : null}
                onEdit={() => {
                  update.reset();
                  setEditing(a);
                  window.scrollTo(0, 0);
                }}
                onDelete={() => {
                  remove.reset();
                  setToDelete(a);
                }}
              />
            ))}
          </ul>
        )}
      </QueryState>

      <ConfirmDialog
        open={toDelete !== null}
        title={m.removeTitle}
        confirmLabel={m.removeConfirm}
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => setToDelete(null)}
        onConfirm={() => toDelete && remove.mutate({ id: toDelete.id })}
      >
        <p>
          {m.removeBefore} <strong>{toDelete?.name}</strong> {m.removeAfter}
        </p>
      </ConfirmDialog>
    </Page>
  );
}

function AccountCard({ account: a, owner, onEdit, onDelete }: { account: MailAccount; owner: string | null; onEdit: () => void; onDelete: () => void }) {
  const m = useMessages(messages);
  const [check, setCheck] = useState<CheckResult | null>(null);
  const [showImports, setShowImports] = useState(false);
  const test = useMutation(trpc.mail.test.mutationOptions({ onSuccess: setCheck }));
  const state = !a.enabled ? "off" : a.lastError ? "failing" : a.lastSuccessAt ? "ok" : "waiting";

  return (
    <li className="card card-pad mail-account" data-mail-account={a.name}>
      <div className="mail-account-head">
        <div>
          <h2 className="mail-account-name">{a.name}</h2>
          <p className="muted small">
            {m.account(a.username, `${a.host}:${a.port}`, a.tls, a.folders.join(", "), a.rules.length)}
            {owner && m.owner(owner)}
          </p>
        </div>
        <span className={`mail-state mail-state-${state}`} data-testid="mail-state">
          {m[state]}
        </span>
      </div>

      <dl className="mail-facts small">
        <div>
          <dt>{m.lastCheck}</dt>
          <dd>{a.lastCheckAt ? formatDateTime(a.lastCheckAt) : m.never}</dd>
        </div>
        <div>
          <dt>{m.lastSuccess}</dt>
          <dd>{a.lastSuccessAt ? formatDateTime(a.lastSuccessAt) : m.never}</dd>
        </div>
        <div>
          <dt>{m.handled}</dt>
          <dd>{a.processedCount}</dd>
        </div>
        {a.enabled && a.nextCheckAt && (
          <div>
            <dt>{m.nextCheck}</dt>
            <dd>{formatDateTime(a.nextCheckAt)}</dd>
          </div>
        )}
      </dl>
      {a.lastError && (
        <p className="alert alert-error" role="status" data-testid="mail-error">
          {m.failed(a.failures)}: {a.lastError}
        </p>
      )}

      <div aria-live="polite" data-testid="mail-check">
        {test.isPending && <p className="muted small">{m.signingIn}</p>}
        {check &&
          !test.isPending &&
          (check.ok ? (
            <p className="alert alert-info">
              {m.connected(check.folders.join(", "))}
              {a.folders.filter((f) => !check.folders.includes(f)).length > 0 && m.notOnServer(a.folders.filter((f) => !check.folders.includes(f)).join(", "))}
            </p>
          ) : (
            <p className="alert alert-error">
              {m.couldNotConnect} {check.error}
            </p>
          ))}
        <InlineError error={test.error} />
      </div>

      <div className="row-actions">
        <button type="button" className="btn btn-secondary btn-sm" disabled={test.isPending} onClick={() => test.mutate({ id: a.id })}>
          {m.checkConnection}
        </button>
        <button type="button" className="btn btn-sm" onClick={() => setShowImports(!showImports)} aria-expanded={showImports}>
          {showImports ? m.hideImports : m.recentImports}
        </button>
        <button type="button" className="btn btn-sm" onClick={onEdit}>
          {m.edit}
        </button>
        <button type="button" className="btn btn-danger-ghost btn-sm" onClick={onDelete} aria-label={m.removeNamed(a.name)}>
          {m.remove}
        </button>
      </div>
      {showImports && <RecentImports accountId={a.id} />}
    </li>
  );
}

/** The account's most recently handled messages, with what became of each. */
function RecentImports({ accountId }: { accountId: string }) {
  const m = useMessages(messages);
  const handled = useQuery({ ...trpc.mail.messages.queryOptions({ accountId }), refetchInterval: POLL_MS });
  const outcomes: Record<string, string> = { imported: m.imported, skipped: m.skipped, failed: m.outcomeFailed };
  return (
    <QueryState
      query={handled}
      loading={m.loadingImports}
      errorTitle={m.couldNotLoadImports}
      isEmpty={(l) => l.length === 0}
      empty={<Empty title={m.noMessages} />}
    >
      {(list) => (
        <ol className="mail-messages" aria-label={m.recentMessages}>
          {list.map((msg) => (
            <li key={`${msg.folder}:${msg.uid}:${msg.createdAt.getTime()}`}>
              <span className="nowrap small muted">{formatDateTime(msg.createdAt)}</span> <strong>{msg.subject || m.noSubject}</strong>{" "}
              <span className="small">
                {outcomes[msg.outcome] ?? msg.outcome}
                {msg.reason && `: ${msg.reason}`}
              </span>
              {msg.documents > 0 && <span className="small">{m.documents(msg.documents)}</span>}
            </li>
          ))}
        </ol>
      )}
    </QueryState>
  );
}
