// A `popover="auto"` element placed under (or above) the button that opens it, as the topic pickers and
// the bulk menus use. The browser handles light dismiss and Escape; this places it and moves focus.
import { useEffect, useRef, type RefObject } from "react";

interface Options {
  /** The popover's width in px (it is placed so that it stays inside the viewport). */
  width: number;
  /** Runs just before the popover opens: reset the form it holds. */
  onOpen: () => void;
}

export function useAnchoredPopover(buttonRef: RefObject<HTMLElement | null>, popoverRef: RefObject<HTMLElement | null>, { width, onOpen }: Options): void {
  // The latest callback, without re-binding the listeners whenever the caller re-renders.
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;

  useEffect(() => {
    const popover = popoverRef.current;
    const button = buttonRef.current;
    if (!popover || !button) return;
    const close = () => popover.hidePopover();
    function place() {
      const r = button!.getBoundingClientRect();
      const height = popover!.offsetHeight;
      const below = r.bottom + 6;
      const top = below + height > window.innerHeight - 8 && r.top - height - 6 > 8 ? r.top - height - 6 : below;
      popover!.style.top = `${Math.max(8, top)}px`;
      popover!.style.left = `${Math.max(8, Math.min(r.right - width, window.innerWidth - width - 8))}px`;
    }
    function onBeforeToggle(e: Event) {
      if ((e as ToggleEvent).newState === "open") onOpenRef.current();
    }
    function onToggle(e: Event) {
      if ((e as ToggleEvent).newState === "open") {
        place();
        popover!.querySelector<HTMLElement>("input, select, a")?.focus();
        window.addEventListener("scroll", close, { passive: true });
        window.addEventListener("resize", close);
      } else {
        // Saving disables the focused button; hand focus back to the opener instead of <body>.
        if (document.activeElement === document.body || popover!.contains(document.activeElement)) button!.focus();
        window.removeEventListener("scroll", close);
        window.removeEventListener("resize", close);
      }
    }
    popover.addEventListener("beforetoggle", onBeforeToggle);
    popover.addEventListener("toggle", onToggle);
    return () => {
      popover.removeEventListener("beforetoggle", onBeforeToggle);
      popover.removeEventListener("toggle", onToggle);
      window.removeEventListener("scroll", close);
      window.removeEventListener("resize", close);
    };
  }, [buttonRef, popoverRef, width]);
}
