// Light, dark or the system's choice. The colours are CSS variables written with light-dark() (styles.css), so
// "system" needs no script at all: <html>'s color-scheme picks the side, and a chosen theme only pins it.
import { useSyncExternalStore } from "react";

export type ThemeChoice = "system" | "light" | "dark";
export const THEME_CHOICES: readonly ThemeChoice[] = ["system", "light", "dark"];
const KEY = "docscan.theme";

function stored(): ThemeChoice {
  try {
    const value = localStorage.getItem(KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system"; // storage blocked (privacy settings): follow the system
  }
}

let current: ThemeChoice = stored();
const listeners = new Set<() => void>();

function apply(): void {
  if (current === "system") delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = current;
}

/** Run once before the first render, so a chosen theme is there from the first paint of the app. */
export function initTheme(): void {
  apply();
  // Another tab changed the choice.
  window.addEventListener("storage", (e) => {
    if (e.key !== KEY) return;
    current = stored();
    apply();
    for (const l of listeners) l();
  });
}

export function setTheme(choice: ThemeChoice): void {
  current = choice;
  try {
    if (choice === "system") localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
  } catch {
    // not remembered, but applied for this visit
  }
  apply();
  for (const l of listeners) l();
}

export function useTheme(): ThemeChoice {
  return useSyncExternalStore(
    (onChange) => {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    () => current,
  );
}
