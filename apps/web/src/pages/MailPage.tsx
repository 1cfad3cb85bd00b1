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
import { formatDateTime, plural } from "../format.ts";
import { queryClient, trpc, type RouterOutputs } from "../trpc.ts";
import { useOwnerNames } from "./DocumentsPage.tsx";
import "../components/MailAccounts.css";

type CheckResult = RouterOutputs["mail"]["test"];
/** The worker checks accounts on its own; the page shows the outcome as it comes. */
const POLL_MS = 10_000;

export function MailPage() {
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
        setNotice(`${a.name} added. Check the connection now, or wait for the worker's first check.`);
        await refresh();
      },
    }),
  );
  const update = useMutation(
    trpc.mail.update.mutationOptions({
      onSuccess: async (a) => {
        setEditing(null);
        setNotice(`${a.name} saved; the worker checks it again shortly.`);
        await refresh();
      },
    }),
  );
  const remove = useMutation(
    trpc.mail.delete.mutationOptions({
      onSuccess: async () => {
        setNotice(`${toDelete?.name ?? "The account"} removed. Documents it imported stay.`);
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
      title="Mail accounts"
      intro="Mailboxes docscan checks for new documents: attachments, or the e-mails themselves, filed by your rules."
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
            Add account
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
        loading="Loading the mail accounts…"
        errorTitle="Could not load the mail accounts"
        isEmpty={(list) => list.length === 0}
        empty={
          editing === null ? (
            <Empty title="No mail accounts yet.">
              <p>Add the mailbox your invoices and letters arrive in; docscan imports what your rules say and files it.</p>
            </Empty>
          ) : null
        }
      >
        {(list) => (
          <ul className="mail-accounts" aria-label="Mail accounts">
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
        title="Remove mail account?"
        confirmLabel="Remove account"
        busy={remove.isPending}
        error={<InlineError error={remove.error} />}
        onCancel={() => setToDelete(null)}
        onConfirm={() => toDelete && remove.mutate({ id: toDelete.id })}
      >
        <p>
          docscan stops checking <strong>{toDelete?.name}</strong> and forgets its password. Documents it imported stay; messages on the server are not
          touched.
        </p>
      </ConfirmDialog>
    </Page>
  );
}

function AccountCard({ account: a, owner, onEdit, onDelete }: { account: MailAccount; owner: string | null; onEdit: () => void; onDelete: () => void }) {
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
            {a.username} @ {a.host}:{a.port} · {a.tls ? "TLS" : "no TLS"} · watching {a.folders.join(", ")} · {plural(a.rules.length, "rule")}
            {owner && <> · Owner: {owner}</>}
          </p>
        </div>
        <span className={`mail-state mail-state-${state}`} data-testid="mail-state">
          {{ off: "Switched off", failing: "Failing", ok: "Working", waiting: "Not checked yet" }[state]}
        </span>
      </div>

      <dl className="mail-facts small">
        <div>
          <dt>Last check</dt>
          <dd>{a.lastCheckAt ? formatDateTime(a.lastCheckAt) : "never"}</dd>
        </div>
        <div>
          <dt>Last success</dt>
          <dd>{a.lastSuccessAt ? formatDateTime(a.lastSuccessAt) : "never"}</dd>
        </div>
        <div>
          <dt>Messages handled</dt>
          <dd>{a.processedCount}</dd>
        </div>
        {a.enabled && a.nextCheckAt && (
          <div>
            <dt>Next check</dt>
            <dd>{formatDateTime(a.nextCheckAt)}</dd>
          </div>
        )}
      </dl>
      {a.lastError && (
        <p className="alert alert-error" role="status" data-testid="mail-error">
          {a.failures > 1 ? `${a.failures} checks in a row failed` : "The last check failed"}: {a.lastError}
        </p>
      )}

      <div aria-live="polite" data-testid="mail-check">
        {test.isPending && <p className="muted small">Signing in…</p>}
        {check &&
          !test.isPending &&
          (check.ok ? (
            <p className="alert alert-info">
              Connected and signed in. Folders on the server: {check.folders.join(", ") || "none"}.
              {a.folders.filter((f) => !check.folders.includes(f)).length > 0 && (
                <> Not on the server: {a.folders.filter((f) => !check.folders.includes(f)).join(", ")}.</>
              )}
            </p>
          ) : (
            <p className="alert alert-error">Could not connect: {check.error}</p>
          ))}
        <InlineError error={test.error} />
      </div>

      <div className="row-actions">
        <button type="button" className="btn btn-secondary btn-sm" disabled={test.isPending} onClick={() => test.mutate({ id: a.id })}>
          Check connection
        </button>
        <button type="button" className="btn btn-sm" onClick={() => setShowImports(!showImports)} aria-expanded={showImports}>
          {showImports ? "Hide recent imports" : "Recent imports"}
        </button>
        <button type="button" className="btn btn-sm" onClick={onEdit}>
          Edit
        </button>
        <button type="button" className="btn btn-danger-ghost btn-sm" onClick={onDelete} aria-label={`Remove ${a.name}`}>
          Remove
        </button>
      </div>
      {showImports && <RecentImports accountId={a.id} />}
    </li>
  );
}

const OUTCOMES: Record<string, string> = { imported: "Imported", skipped: "Skipped", failed: "Failed" };

/** The account's most recently handled messages, with what became of each. */
function RecentImports({ accountId }: { accountId: string }) {
  const messages = useQuery({ ...trpc.mail.messages.queryOptions({ accountId }), refetchInterval: POLL_MS });
  return (
    <QueryState
      query={messages}
      loading="Loading the recent imports…"
      errorTitle="Could not load the recent imports"
      isEmpty={(l) => l.length === 0}
      empty={<Empty title="No messages handled yet." />}
    >
      {(list) => (
        <ol className="mail-messages" aria-label="Recent messages, newest first">
          {list.map((m) => (
            <li key={`${m.folder}:${m.uid}:${m.createdAt.getTime()}`}>
              <span className="nowrap small muted">{formatDateTime(m.createdAt)}</span> <strong>{m.subject || "(no subject)"}</strong>{" "}
              <span className="small">
                {OUTCOMES[m.outcome] ?? m.outcome}
                {m.reason && `: ${m.reason}`}
              </span>
              {m.documents > 0 && <span className="small"> · {plural(m.documents, "document")}</span>}
            </li>
          ))}
        </ol>
      )}
    </QueryState>
  );
}
