import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Role } from "@docscan/shared";
import { refreshAccount, useAccount } from "../auth.ts";
import { ConfirmDialog } from "../components/ConfirmDialog.tsx";
import { ACTIONS_COLUMN, DataTable } from "../components/DataTable.tsx";
import { Empty, InlineError } from "../components/Feedback.tsx";
import { NoticeBar, type Notice } from "../components/Notice.tsx";
import { Page } from "../components/Page.tsx";
import { QueryState } from "../components/QueryState.tsx";
import { QuotaMeter } from "../components/QuotaMeter.tsx";
import { RoleOptions, UserCreateForm } from "../components/UserCreateForm.tsx";
import { QuotaDialog, ResetPasswordDialog, type UserItem } from "../components/UserDialogs.tsx";
import { errorMessage } from "../errors.ts";
import { formatBytes, formatDate, formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { queryClient, trpc } from "../trpc.ts";

const messages = defineMessages({
  en: {
    couldNotChange: (email: string, error: string) => `Could not change ${email}: ${error}`,
    title: "Users",
    intro: "Who can sign in, what they may do, and how much they may store.",
    allUsers: "All users",
    loading: "Loading users…",
    couldNotLoad: "Could not load users",
    noUsers: "No users yet.",
    user: "User",
    role: "Role",
    status: "Status",
    documents: "Documents",
    storage: "Storage",
    you: "you",
    added: (date: string) => `Added ${date}`,
    roleOf: (email: string) => `Role of ${email}`,
    nowRole: (email: string, admin: boolean) => `${email} is now ${admin ? "an admin" : "a member"}.`,
    disabled: "Disabled",
    active: "Active",
    documentsOf: (email: string) => `Documents of ${email}`,
    storageOf: (email: string) => `Storage of ${email}`,
    setQuotasFor: (email: string) => `Set quotas for ${email}`,
    quotas: "Quotas",
    resetPasswordOf: (email: string) => `Reset password of ${email}`,
    resetPassword: "Reset password",
    enableUser: (email: string) => `Enable ${email}`,
    canSignInAgain: (email: string) => `${email} can sign in again.`,
    enable: "Enable",
    disableUser: (email: string) => `Disable ${email}`,
    disable: "Disable",
    disableTitle: (email: string | undefined) => `Disable ${email ?? "user"}?`,
    disableConfirm: "Disable user",
    isDisabled: (email: string) => `${email} is disabled and was signed out.`,
    disableExplained: "They are signed out at once and their API tokens are deleted. Their documents stay; you can enable the account again later (with new sign-ins and new tokens).",
  },
  de: {
    couldNotChange: (email: string, error: string) => `${email} konnte nicht geändert werden: ${error}`,
    title: "Benutzer",
    intro: "Wer sich anmelden kann, was er darf und wie viel er speichern darf.",
    allUsers: "Alle Benutzer",
    loading: "Benutzer werden geladen…",
    couldNotLoad: "Benutzer konnten nicht geladen werden",
    noUsers: "Noch keine Benutzer.",
    user: "Benutzer",
    role: "Rolle",
    status: "Status",
    documents: "Dokumente",
    storage: "Speicher",
    you: "Sie",
    added: (date: string) => `Hinzugefügt am ${date}`,
    roleOf: (email: string) => `Rolle von ${email}`,
    nowRole: (email: string, admin: boolean) => `${email} ist jetzt ${admin ? "Administrator" : "Mitglied"}.`,
    disabled: "Deaktiviert",
    active: "Aktiv",
    documentsOf: (email: string) => `Dokumente von ${email}`,
    storageOf: (email: string) => `Speicher von ${email}`,
    setQuotasFor: (email: string) => `Kontingente für ${email} festlegen`,
    quotas: "Kontingente",
    resetPasswordOf: (email: string) => `Passwort von ${email} zurücksetzen`,
    resetPassword: "Passwort zurücksetzen",
    enableUser: (email: string) => `${email} aktivieren`,
    canSignInAgain: (email: string) => `${email} kann sich wieder anmelden.`,
    enable: "Aktivieren",
    disableUser: (email: string) => `${email} deaktivieren`,
    disable: "Deaktivieren",
    disableTitle: (email: string | undefined) => `${email ?? "Benutzer"} deaktivieren?`,
    disableConfirm: "Benutzer deaktivieren",
    isDisabled: (email: string) => `${email} ist deaktiviert und wurde abgemeldet.`,
    disableExplained: "Die Person wird sofort abgemeldet, und ihre API-Token werden gelöscht. Ihre Dokumente bleiben erhalten; Sie können das Konto später wieder aktivieren (mit neuen Anmeldungen und neuen Token).",
  },
});

type Dialog = { kind: "quota" | "password" | "disable"; user: UserItem };

export function UsersPage() {
  const m = useMessages(messages);
  const me = useAccount();
  const users = useQuery(trpc.users.list.queryOptions());
  const [notice, setNotice] = useState<Notice | null>(null);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const update = useMutation(trpc.users.update.mutationOptions());

  async function changed(user: UserItem, message: string) {
    setNotice({ kind: "ok", text: message });
    setDialog(null);
    await queryClient.invalidateQueries(trpc.users.list.pathFilter());
    if (user.id === me.id) await refreshAccount(); // one's own role or quota
  }

  function change(user: UserItem, changes: { role?: Role; disabled?: boolean }, message: string) {
    setNotice(null);
    update.mutate(
      { id: user.id, ...changes },
      {
        onSuccess: () => void changed(user, message),
        // In the dialog when one is open (disable); otherwise above the list.
        onError: (err) => {
          if (!dialog) setNotice({ kind: "error", text: m.couldNotChange(user.email, errorMessage(err)) });
        },
      },
    );
  }

  function open(next: Dialog) {
    update.reset();
    setDialog(next);
  }

  return (
    <Page title={m.title} intro={m.intro}>
      <div className="users-layout">
        <UserCreateForm />
        <div className="card">
          <div className="card-head card-pad-x">
            <h2>{m.allUsers} {users.data && <span className="count-badge">{users.data.length}</span>}</h2>
          </div>
          <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />
          <QueryState query={users} loading={m.loading} errorTitle={m.couldNotLoad} isEmpty={(list) => list.length === 0} empty={<Empty title={m.noUsers} />}>
            {(list) => (
              <DataTable className="users-table" columns={[m.user, m.role, m.status, m.documents, m.storage, ACTIONS_COLUMN]}>
                {list.map((user) => (
                  <tr key={user.id} data-user={user.email} data-disabled={user.disabled || undefined}>
                    <td>
                      <span className="user-email">{user.email}</span>
                      {user.id === me.id && <span className="tag user-you">{m.you}</span>}
                      <span className="muted small user-since">{m.added(formatDate(user.createdAt))}</span>
                    </td>
                    <td>
                      <select
                        className="role-select"
                        aria-label={m.roleOf(user.email)}
                        value={user.role}
                        disabled={update.isPending}
                        onChange={(e) => {
                          const role = e.target.value as Role;
                          change(user, { role }, m.nowRole(user.email, role === "admin"));
                        }}
                      >
                        <RoleOptions />
                      </select>
                    </td>
                    <td>
                      <span className={`account-state ${user.disabled ? "account-disabled" : "account-active"}`}>{user.disabled ? m.disabled : m.active}</span>
                    </td>
                    <td className="cell-quota">
                      <QuotaMeter label={m.documentsOf(user.email)} used={user.usedDocuments} quota={user.quotaDocuments} format={formatNumber} />
                    </td>
                    <td className="cell-quota">
                      <QuotaMeter label={m.storageOf(user.email)} used={user.usedBytes} quota={user.quotaBytes} format={formatBytes} />
                    </td>
                    <td>
                      <div className="row-actions">
                        <button type="button" className="btn btn-secondary btn-xs" aria-label={m.setQuotasFor(user.email)} onClick={() => open({ kind: "quota", user })}>
                          {m.quotas}
                        </button>
                        <button
                          type="button"
                          className="btn btn-secondary btn-xs"
                          aria-label={m.resetPasswordOf(user.email)}
                          onClick={() => open({ kind: "password", user })}
                        >
                          {m.resetPassword}
                        </button>
                        {user.disabled ? (
                          <button
                            type="button"
                            className="btn btn-secondary btn-xs"
                            aria-label={m.enableUser(user.email)}
                            disabled={update.isPending}
                            onClick={() => change(user, { disabled: false }, m.canSignInAgain(user.email))}
                          >
                            {m.enable}
                          </button>
                        ) : (
                          <button type="button" className="btn btn-danger-ghost btn-xs" aria-label={m.disableUser(user.email)} onClick={() => open({ kind: "disable", user })}>
                            {m.disable}
                          </button>
                        )}
                      </div>
                    </td>
                  </tr>
                ))}
              </DataTable>
            )}
          </QueryState>
        </div>
      </div>

      {dialog?.kind === "quota" && <QuotaDialog key={dialog.user.id} user={dialog.user} onCancel={() => setDialog(null)} onDone={(message) => void changed(dialog.user, message)} />}
      {dialog?.kind === "password" && (
        <ResetPasswordDialog key={dialog.user.id} user={dialog.user} onCancel={() => setDialog(null)} onDone={(message) => void changed(dialog.user, message)} />
      )}
      <ConfirmDialog
        open={dialog?.kind === "disable"}
        title={m.disableTitle(dialog?.user.email)}
        confirmLabel={m.disableConfirm}
        busy={update.isPending}
        error={update.isError && dialog ? <InlineError error={update.error} /> : null}
        onCancel={() => setDialog(null)}
        onConfirm={() => dialog && change(dialog.user, { disabled: true }, m.isDisabled(dialog.user.email))}
      >
        <p>{m.disableExplained}</p>
      </ConfirmDialog>
    </Page>
  );
}
