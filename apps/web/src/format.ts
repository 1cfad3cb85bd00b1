const sizeUnits = ["B", "KB", "MB", "GB"] as const;

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < sizeUnits.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toFixed(digits)} ${sizeUnits[unit]}`;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: "short" });
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}
export function formatTime(date: Date): string {
  return timeFormat.format(date);
}

/** Dark or white text, whichever contrasts more with the (#rrggbb) background. */
export function textColorOn(background: string): string {
  const hex = /^#([0-9a-f]{6})$/i.exec(background)?.[1];
  if (!hex) return "#111827";
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  const dark = 0.0176; // relative luminance of #111827
  const contrastDark = (l + 0.05) / (dark + 0.05);
  const contrastWhite = 1.05 / (l + 0.05);
  return contrastDark >= contrastWhite ? "#111827" : "#ffffff";
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

const numberFormat = new Intl.NumberFormat(undefined);
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** Estimated money: cents for ordinary sums, more digits for the fractions of a cent one model call costs. */
export function formatUsd(usd: number | null | undefined): string {
  if (usd == null) return "—";
  if (usd === 0) return "$0.00";
  if (Math.abs(usd) < 0.01) return `$${usd.toFixed(4)}`;
  return `$${usd.toFixed(2)}`;
}

export function formatDateTime(date: Date): string {
  return `${formatDate(date)}, ${formatTime(date)}`;
}

/** A confidence (0–1) as a whole percentage. */
export function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
