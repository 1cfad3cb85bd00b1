import type { Account } from "../auth.ts";
import { formatBytes, formatNumber } from "../format.ts";
import { QuotaMeter } from "./QuotaMeter.tsx";

/** The account's documents and storage against its quota (the Account page and the dashboard). */
export function UsageMeters({ account }: { account: Account }) {
  return (
    <>
      <div className="account-usage">
        <div>
          <p className="usage-label">Documents</p>
          <QuotaMeter label="Documents used" used={account.usedDocuments} quota={account.quotaDocuments} format={formatNumber} />
        </div>
        <div>
          <p className="usage-label">Storage</p>
          <QuotaMeter label="Storage used" used={account.usedBytes} quota={account.quotaBytes} format={formatBytes} />
        </div>
      </div>
      <p className="hint usage-hint">
        {account.quotaBytes !== null || account.quotaDocuments !== null ? "Limits are set by an admin. Deleting documents frees space." : "No limits are set for your account."}
      </p>
    </>
  );
}
