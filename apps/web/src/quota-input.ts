// Quotas as an admin types them: a number and a unit for storage, a count for documents; blank = no limit.
import { defineMessages, messagesOf } from "./i18n.ts";

const messages = defineMessages({
  en: {
    enterSize: (unit: string) => `Enter a size in ${unit} (0 or more), or leave it empty for no limit.`,
    tooLarge: "That size is too large.",
    enterCount: "Enter a whole number of documents, or leave it empty for no limit.",
  },
  de: {
    enterSize: (unit: string) => `Geben Sie eine Größe in ${unit} ein (0 oder mehr) oder lassen Sie das Feld leer für kein Limit.`,
    tooLarge: "Diese Größe ist zu groß.",
    enterCount: "Geben Sie eine ganze Zahl von Dokumenten ein oder lassen Sie das Feld leer für kein Limit.",
  },
});

export const BYTE_UNITS = { MB: 1024 ** 2, GB: 1024 ** 3 } as const;
export type ByteUnit = keyof typeof BYTE_UNITS;

/** A stored byte quota as the form shows it: whole gigabytes in GB, anything else in MB. */
export function bytesToInput(bytes: number | null): { amount: string; unit: ByteUnit } {
  if (bytes === null) return { amount: "", unit: "MB" };
  if (bytes >= BYTE_UNITS.GB && bytes % BYTE_UNITS.GB === 0) return { amount: String(bytes / BYTE_UNITS.GB), unit: "GB" };
  return { amount: String(Math.round((bytes / BYTE_UNITS.MB) * 100) / 100), unit: "MB" };
}

export type Parsed = { value: number | null } | { error: string };

/** Blank is "no limit"; otherwise a non-negative number of `unit`s, rounded to whole bytes. */
export function parseBytes(amount: string, unit: ByteUnit): Parsed {
  const text = amount.trim();
  if (text === "") return { value: null };
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0) return { error: messagesOf(messages).enterSize(unit) };
  const bytes = Math.round(n * BYTE_UNITS[unit]);
  return Number.isSafeInteger(bytes) ? { value: bytes } : { error: messagesOf(messages).tooLarge };
}

/** Blank is "no limit"; otherwise a whole number of documents. */
export function parseCount(text: string): Parsed {
  const t = text.trim();
  if (t === "") return { value: null };
  const n = Number(t);
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000_000) return { error: messagesOf(messages).enterCount };
  return { value: n };
}
