/** Usage against a limit (null = no limit), as text and, when limited, a meter. */
export function QuotaMeter({ label, used, quota, format }: { label: string; used: number; quota: number | null; format: (n: number) => string }) {
  const share = quota === null ? null : quota === 0 ? 1 : Math.min(1, used / quota);
  return (
    <div className="quota">
      <p className="quota-text">
        <span className="quota-used">{format(used)}</span>
        <span className="muted"> {quota === null ? "· no limit" : `of ${format(quota)}`}</span>
      </p>
      {share !== null && (
        <div
          className={`meter${share >= 1 ? " meter-full" : share >= 0.8 ? " meter-warn" : ""}`}
          role="meter"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(share * 100)}
        >
          <span style={{ width: `${Math.max(share > 0 ? 2 : 0, share * 100)}%` }} />
        </div>
      )}
    </div>
  );
}
