import { useQuery } from "@tanstack/react-query";
import { ErrorBox, Spinner } from "../components/Feedback.tsx";
import { ConnectionTest } from "../components/ConnectionTest.tsx";
import { Page } from "../components/Page.tsx";
import { SettingsForm } from "../components/SettingsForm.tsx";
import { UsagePanel } from "../components/UsagePanel.tsx";
import { defineMessages, useMessages } from "../i18n.ts";
import { trpc } from "../trpc.ts";

const messages = defineMessages({
  en: { title: "Settings", intro: "How docscan decides which topics a document belongs to.", loading: "Loading settings…", couldNotLoad: "Could not load settings" },
  de: { title: "Einstellungen", intro: "Wie docscan entscheidet, zu welchen Themen ein Dokument gehört.", loading: "Einstellungen werden geladen…", couldNotLoad: "Einstellungen konnten nicht geladen werden" },
});

export function SettingsPage() {
  const m = useMessages(messages);
  const settings = useQuery(trpc.settings.get.queryOptions());
  return (
    <Page title={m.title} intro={m.intro}>
      {settings.isPending ? (
        <div className="card">
          <Spinner label={m.loading} />
        </div>
      ) : settings.isError ? (
        <ErrorBox error={settings.error} title={m.couldNotLoad} onRetry={() => void settings.refetch()} />
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
