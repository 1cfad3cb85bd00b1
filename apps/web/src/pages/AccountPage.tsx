import { useQuery } from "@tanstack/react-query";
import { useRoleLabels } from "../components/UserCreateForm.tsx";
import { ApiTokens } from "../components/ApiTokens.tsx";
import { Webhooks } from "../components/Webhooks.tsx";
import { Page } from "../components/Page.tsx";
import { PasswordChangeForm } from "../components/PasswordChangeForm.tsx";
import { UsageMeters } from "../components/UsageMeters.tsx";
import { useAccount } from "../auth.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { trpc } from "../trpc.ts";

const messages = defineMessages({
  en: { title: "Account", signedInAs: "Signed in as", yourUsage: "Your usage" },
  de: { title: "Konto", signedInAs: "Angemeldet als", yourUsage: "Ihre Nutzung" },
});

export function AccountPage() {
  const m = useMessages(messages);
  const roleLabels = useRoleLabels();
  const account = useAccount();
  // Usage moves with every upload: read it afresh whenever this page opens.
  useQuery({ ...trpc.auth.status.queryOptions(), refetchOnMount: "always" });

  return (
    <Page
      title={m.title}
      intro={
        <>
          {m.signedInAs} <strong>{account.email}</strong> · {roleLabels[account.role]}
        </>
      }
    >
      <div className="account-layout">
        <div className="account-side">
          <section className="card card-pad" aria-labelledby="usage-title">
            <h2 id="usage-title">{m.yourUsage}</h2>
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
