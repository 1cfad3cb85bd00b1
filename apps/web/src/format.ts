import { formattingLocale } from "./i18n.ts";

const sizeUnits = ["B", "KB", "MB", "GB"] as const;

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < sizeUnits.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${(digits === 0 ? fmt().number0 : fmt().number1).format(value)} ${sizeUnits[unit]}`;
}

// Formatters follow the console's language (i18n.ts); built once per language tag, as Intl formatters are costly.
interface Formatters {
  date: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
  /** Exactly 0 or 1 decimals (sizes). */
  number0: Intl.NumberFormat;
  number1: Intl.NumberFormat;
  percent: Intl.NumberFormat;
  /** Two decimals (money), grouped for reading, ungrouped for an input. */
  amount: Intl.NumberFormat;
  amountInput: Intl.NumberFormat;
  /** USD with 2 decimals, or 4 for the fractions of a cent one model call costs. */
  usd2: Intl.NumberFormat;
  usd4: Intl.NumberFormat;
}
const formatters = new Map<string, Formatters>();
function fmt(): Formatters {
  const tag = formattingLocale();
  let f = formatters.get(tag);
  if (!f) {
    f = {
      // Not dateStyle "medium": German's is "06.12.2026"; these parts give "6. Dez. 2026", and in English the same as medium.
      date: new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric" }),
      time: new Intl.DateTimeFormat(tag, { timeStyle: "short" }),
      number: new Intl.NumberFormat(tag),
      number0: new Intl.NumberFormat(tag, { minimumFractionDigits: 0, maximumFractionDigits: 0 }),
      number1: new Intl.NumberFormat(tag, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
      usd2: new Intl.NumberFormat(tag, { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      usd4: new Intl.NumberFormat(tag, { style: "currency", currency: "USD", minimumFractionDigits: 4, maximumFractionDigits: 4 }),
      percent: new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 0 }),
      amount: new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
      amountInput: new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false }),
    };
    formatters.set(tag, f);
  }
  return f;
}

export function formatDate(date: Date): string {
  return fmt().date.format(date);
}
export function formatTime(date: Date): string {
  return fmt().time.format(date);
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

export function formatNumber(n: number): string {
  return fmt().number.format(n);
}

/** A sum of money as people read it: two decimals, grouped ("1,234.50"; German "1.234,50"). */
export function formatAmount(amount: number): string {
  return fmt().amount.format(amount);
}

/** A sum to edit in an input: two decimals with the language's decimal mark, no grouping ("1234,50" in German). */
export function formatAmountInput(amount: number): string {
  return fmt().amountInput.format(amount);
}

/** Reads a number typed the language's way ("119,50" in German) as the api writes it ("119.50"); other text stays. */
export function numberInputToApi(text: string): string {
  const mark = fmt().amountInput.formatToParts(1.5).find((p) => p.type === "decimal")?.value ?? ".";
  return mark !== "." && /^-?\d+,\d+$/.test(text) ? text.replace(",", ".") : text;
}

/** Estimated money: cents for ordinary sums, more digits for the fractions of a cent one model call costs. */
export function formatUsd(usd: number | null | undefined): string {
  if (usd == null) return "—";
  return (usd !== 0 && Math.abs(usd) < 0.01 ? fmt().usd4 : fmt().usd2).format(usd);
}

export function formatDateTime(date: Date): string {
  return `${formatDate(date)}, ${formatTime(date)}`;
}

/** A confidence (0–1) as a whole percentage. */
export function percent(value: number): string {
  return fmt().percent.format(Math.round(value * 100) / 100);
}
