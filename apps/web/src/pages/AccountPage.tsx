import { useQuery } from "@tanstack/react-query";
import { ROLE_LABELS } from "../components/UserCreateForm.tsx";
import { ApiTokens } from "../components/ApiTokens.tsx";
import { Webhooks } from "../components/Webhooks.tsx";
import { Page } from "../components/Page.tsx";
import { PasswordChangeForm } from "../components/PasswordChangeForm.tsx";
import { UsageMeters } from "../components/UsageMeters.tsx";
import { useAccount } from "../auth.ts";
import { trpc } from "../trpc.ts";

export function AccountPage() {
  const account = useAccount();
  // Usage moves with every upload: read it afresh whenever this page opens.
  useQuery({ ...trpc.auth.status.queryOptions(), refetchOnMount: "always" });

  return (
    <Page
      title="Account"
      intro={
        <>
          Signed in as <strong>{account.email}</strong> · {ROLE_LABELS[account.role]}
        </>
      }
    >
      <div className="account-layout">
        <div className="account-side">
          <section className="card card-pad" aria-labelledby="usage-title">
            <h2 id="usage-title">Your usage</h2>
            <UsageMeters account={account} />
          </section>
          <PasswordChangeForm />
        </div>
        <div className="account-side">
          <ApiTokens />
          <Webhooks />
        </div>
      </div>
    </Page>
  );
}
