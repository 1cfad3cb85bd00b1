import type { Account } from "../auth.ts";
import { formatBytes, formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { QuotaMeter } from "./QuotaMeter.tsx";

const messages = defineMessages({
  en: {
    documents: "Documents",
    documentsUsed: "Documents used",
    storage: "Storage",
    storageUsed: "Storage used",
    limited: "Limits are set by an admin. Deleting documents frees space.",
    unlimited: "No limits are set for your account.",
  },
  de: {
    documents: "Dokumente",
    documentsUsed: "Belegte Dokumente",
    storage: "Speicher",
    storageUsed: "Belegter Speicher",
    limited: "Die Limits legt ein Administrator fest. Das Löschen von Dokumenten gibt Platz frei.",
    unlimited: "Für Ihr Konto sind keine Limits festgelegt.",
  },
});

/** The account's documents and storage against its quota (the Account page and the dashboard). */
export function UsageMeters({ account }: { account: Account }) {
  const m = useMessages(messages);
  return (
    <>
      <div className="account-usage">
        <div>
          <p className="usage-label">{m.documents}</p>
          <QuotaMeter label={m.documentsUsed} used={account.usedDocuments} quota={account.quotaDocuments} format={formatNumber} />
        </div>
        <div>
          <p className="usage-label">{m.storage}</p>
          <QuotaMeter label={m.storageUsed} used={account.usedBytes} quota={account.quotaBytes} format={formatBytes} />
        </div>
      </div>
      <p className="hint usage-hint">
        {account.quotaBytes !== null || account.quotaDocuments !== null ? m.limited : m.unlimited}
      </p>
    </>
  );
}
