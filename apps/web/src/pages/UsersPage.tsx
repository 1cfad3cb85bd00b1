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
import { queryClient, trpc } from "../trpc.ts";

type Dialog = { kind: "quota" | "password" | "disable"; user: UserItem };

export function UsersPage() {
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
          if (!dialog) setNotice({ kind: "error", text: `Could not change ${user.email}: ${errorMessage(err)}` });
        },
      },
    );
  }

  function open(next: Dialog) {
    update.reset();
    setDialog(next);
  }

  return (
    <Page title="Users" intro="Who can sign in, what they may do, and how much they may store.">
      <div className="users-layout">
        <UserCreateForm />
        <div className="card">
          <div className="card-head card-pad-x">
            <h2>All users {users.data && <span className="count-badge">{users.data.length}</span>}</h2>
          </div>
          <NoticeBar notice={notice} onDismiss={() => setNotice(null)} />
          <QueryState query={users} loading="Loading users…" errorTitle="Could not load users" isEmpty={(list) => list.length === 0} empty={<Empty title="No users yet." />}>
            {(list) => (
              <DataTable className="users-table" columns={["User", "Role", "Status", "Documents", "Storage", ACTIONS_COLUMN]}>
                {list.map((user) => (
                  <tr key={user.id} data-user={user.email} data-disabled={user.disabled || undefined}>
                    <td>
                      <span className="user-email">{user.email}</span>
                      {user.id === me.id && <span className="tag user-you">you</span>}
                      <span className="muted small user-since">Added {formatDate(user.createdAt)}</span>
                    </td>
                    <td>
                      <select
                        className="role-select"
                        aria-label={`Role of ${user.email}`}
                        value={user.role}
                        disabled={update.isPending}
                        onChange={(e) => {
                          const role = e.target.value as Role;
                          change(user, { role }, `${user.email} is now ${role === "admin" ? "an admin" : "a member"}.`);
                        }}
                      >
                        <RoleOptions />
                      </select>
                    </td>
                    <td>
                      <span className={`account-state ${user.disabled ? "account-disabled" : "account-active"}`}>{user.disabled ? "Disabled" : "Active"}</span>
                    </td>
                    <td className="cell-quota">
                      <QuotaMeter label={`Documents of ${user.email}`} used={user.usedDocuments} quota={user.quotaDocuments} format={formatNumber} />
                    </td>
                    <td className="cell-quota">
                      <QuotaMeter label={`Storage of ${user.email}`} used={user.usedBytes} quota={user.quotaBytes} format={formatBytes} />
                    </td>
                    <td>
                      <div className="row-actions">
                        <button type="button" className="btn btn-secondary btn-xs" aria-label={`Set quotas for ${user.email}`} onClick={() => open({ kind: "quota", user })}>
                          Quotas
                        </button>
                        <button
                          type="button"
                          className="btn btn-secondary btn-xs"
                          aria-label={`Reset password of ${user.email}`}
                          onClick={() => open({ kind: "password", user })}
                        >
                          Reset password
                        </button>
                        {user.disabled ? (
                          <button
                            type="button"
                            className="btn btn-secondary btn-xs"
                            aria-label={`Enable ${user.email}`}
                            disabled={update.isPending}
                            onClick={() => change(user, { disabled: false }, `${user.email} can sign in again.`)}
                          >
                            Enable
                          </button>
                        ) : (
                          <button type="button" className="btn btn-danger-ghost btn-xs" aria-label={`Disable ${user.email}`} onClick={() => open({ kind: "disable", user })}>
                            Disable
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

      {dialog?.kind === "quota" && <QuotaDialog key={dialog.user.id} user={dialog.user} onCancel={() => setDialog(null)} onDone={(m) => void changed(dialog.user, m)} />}
      {dialog?.kind === "password" && (
        <ResetPasswordDialog key={dialog.user.id} user={dialog.user} onCancel={() => setDialog(null)} onDone={(m) => void changed(dialog.user, m)} />
      )}
      <ConfirmDialog
        open={dialog?.kind === "disable"}
        title={`Disable ${dialog?.user.email ?? "user"}?`}
        confirmLabel="Disable user"
        busy={update.isPending}
        error={update.isError && dialog ? <InlineError error={update.error} /> : null}
        onCancel={() => setDialog(null)}
        onConfirm={() => dialog && change(dialog.user, { disabled: true }, `${dialog.user.email} is disabled and was signed out.`)}
      >
        <p>They are signed out at once and their API tokens are deleted. Their documents stay; you can enable the account again later (with new sign-ins and new tokens).</p>
      </ConfirmDialog>
    </Page>
  );
}
