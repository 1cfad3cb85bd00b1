// The console's languages (ADR 0037). Messages live beside the code that shows them, English and German side by
// side in one defineMessages() call, so a missing or mistyped translation is a type error, not a blank screen.
// A message is a string, or a function when it takes values (counts, names): the function is the plural rule.
import { useSyncExternalStore } from "react";

export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
/** Each language named in itself, as a language menu shows it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch" };
const KEY = "docscan.locale";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any parameter list; each key's own type is kept
type Message = string | ((...args: any[]) => string);
/** The German side must have every English key, with the same parameters. */
type Translation<E> = { [K in keyof E]: E[K] extends string ? string : E[K] };
export interface Catalogue<E> {
  en: E;
  de: Translation<E>;
}

export function defineMessages<E extends Record<string, Message>>(catalogue: { en: E; de: Translation<E> }): Catalogue<E> {
  return catalogue;
}

function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

function storedChoice(): Locale | null {
  try {
    const value = localStorage.getItem(KEY);
    return isLocale(value) ? value : null;
  } catch {
    return null; // storage blocked: follow the browser
  }
}

/** The first of the browser's preferred languages that the console speaks, else English. */
export function browserLocale(preferred: readonly string[] = navigator.languages ?? [navigator.language]): Locale {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLocale(base)) return base;
  }
  return "en";
}

let current: Locale = storedChoice() ?? browserLocale();
const listeners = new Set<() => void>();

function apply(): void {
  document.documentElement.lang = current;
}

/** Run once before the first render. */
export function initLocale(): void {
  apply();
  window.addEventListener("storage", (e) => {
    if (e.key !== KEY) return;
    current = storedChoice() ?? browserLocale();
    apply();
    for (const l of listeners) l();
  });
}

/** The language chosen in this browser (remembered), or `null` to follow the browser's own setting again. */
export function setLocale(choice: Locale | null): void {
  current = choice ?? browserLocale();
  try {
    if (choice === null) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // applied for this visit, not remembered
  }
  apply();
  for (const l of listeners) l();
}

export function currentLocale(): Locale {
  return current;
}

/**
 * The tag dates and numbers are formatted with: the browser's own regional variant when it is of the chosen
 * language (en-GB writes 6 Dec 2026, de-AT its own way), else the chosen language itself.
 */
export function formattingLocale(): string {
  const preferred = navigator.languages ?? [navigator.language];
  return preferred.find((tag) => tag.toLowerCase().split("-")[0] === current) ?? current;
}

export function useLocale(): Locale {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => current,
  );
}

/** The messages of a catalogue in the current language; the component re-renders when the language changes. */
export function useMessages<E>(catalogue: Catalogue<E>): E {
  return catalogue[useLocale()] as E;
}

/** Outside components (error texts, labels built in plain modules): the current language, read when called. */
export function messagesOf<E>(catalogue: Catalogue<E>): E {
  return catalogue[current] as E;
}
