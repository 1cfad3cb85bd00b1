// Single-key shortcuts (j/k, Enter, e, ?…): one listener per user of the hook, never while typing in a field,
// never behind an open dialog or popover, never with Ctrl/Alt/Cmd (those belong to the browser).
import { useEffect, useRef } from "react";

/** A text field (or anything that takes typed keys) has the focus: its keys are the user's text. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button", "submit", "reset"].includes(target.type);
}

/** Enter on a link or button is theirs (open, press); a list's Enter only acts on the page or a row. */
export function isControl(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest("a, button, input, select, textarea, summary, [contenteditable]") !== null;
}

/** `handler` returns true when it used the key (the browser's default is then prevented). */
export function useShortcuts(handler: (e: KeyboardEvent) => boolean, enabled = true): void {
  const current = useRef(handler);
  current.current = handler;
  useEffect(() => {
    if (!enabled) return;
    function onKey(e: KeyboardEvent) {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextEntry(e.target)) return;
      if (document.querySelector("dialog[open], :popover-open")) return;
      if (current.current(e)) e.preventDefault();
    }
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [enabled]);
}
