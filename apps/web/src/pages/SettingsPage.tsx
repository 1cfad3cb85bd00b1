import { useQuery } from "@tanstack/react-query";
import { ErrorBox, Spinner } from "../components/Feedback.tsx";
import { ConnectionTest } from "../components/ConnectionTest.tsx";
import { Page } from "../components/Page.tsx";
import { SettingsForm } from "../components/SettingsForm.tsx";
import { UsagePanel } from "../components/UsagePanel.tsx";
import { trpc } from "../trpc.ts";

export function SettingsPage() {
  const settings = useQuery(trpc.settings.get.queryOptions());
  return (
    <Page title="Settings" intro="How docscan decides which topics a document belongs to.">
      {settings.isPending ? (
        <div className="card">
          <Spinner label="Loading settings…" />
        </div>
      ) : settings.isError ? (
        <ErrorBox error={settings.error} title="Could not load settings" onRetry={() => void settings.refetch()} />
      ) : (
        <div className="settings-layout">
          <SettingsForm settings={settings.data} />
          {/* A result describes the settings it tested: start afresh when they change. */}
          <ConnectionTest
            key={[settings.data.effectiveProvider, settings.data.model, settings.data.baseUrl, settings.data.apiKeyMasked].join("|")}
            settings={settings.data}
          />
        </div>
      )}
      <UsagePanel />
    </Page>
  );
}
