import { defineMessages, useMessages } from "../i18n.ts";

const messages = defineMessages({
  en: { noLimit: "· no limit", of: (limit: string) => `of ${limit}` },
  de: { noLimit: "· kein Limit", of: (limit: string) => `von ${limit}` },
});

/** Usage against a limit (null = no limit), as text and, when limited, a meter. */
export function QuotaMeter({ label, used, quota, format }: { label: string; used: number; quota: number | null; format: (n: number) => string }) {
  const m = useMessages(messages);
  const share = shareOf(used, quota);
  return (
    <div className="quota">
      <p className="quota-text">
        <span className="quota-used">{format(used)}</span>
        <span className="muted"> {quota === null ? m.noLimit : m.of(format(quota))}</span>
      </p>
      {share !== null && <Meter label={label} share={share} full={share >= 1} />}
    </div>
  );
}

/** The used part of a limit, from 0 to 1; null without a limit, 1 for a limit of zero. */
export function shareOf(used: number, limit: number | null): number | null {
  return limit === null ? null : limit === 0 ? 1 : Math.min(1, used / limit);
}

/** A bar filled to `share` (0 to 1): amber from 80 %, red when `full`; anything above zero shows at least a sliver. */
export function Meter({ label, share, full }: { label: string; share: number; full: boolean }) {
  return (
    <div
      className={`meter${full ? " meter-full" : share >= 0.8 ? " meter-warn" : ""}`}
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(share * 100)}
    >
      <span style={{ width: `${Math.max(share > 0 ? 2 : 0, share * 100)}%` }} />
    </div>
  );
}
