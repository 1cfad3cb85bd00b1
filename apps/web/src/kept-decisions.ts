// What a reclassification keeps as a person decided it (topics chosen or removed by hand), as the document page,
// its classification history and the bulk bar's notice say it.
import { formatNumber } from "./format.ts";
import { defineMessages, messagesOf } from "./i18n.ts";

const messages = defineMessages({
  en: {
    chosen: (n: number) => (n === 1 ? "1 topic you chose" : `${n} topics you chose`),
    removed: (n: number) => (n === 1 ? "1 topic you removed" : `${n} topics you removed`),
  },
  de: {
    chosen: (n: number) => (n === 1 ? "1 Thema von Ihnen gewählt" : `${formatNumber(n)} Themen von Ihnen gewählt`),
    removed: (n: number) => (n === 1 ? "1 Thema von Ihnen entfernt" : `${formatNumber(n)} Themen von Ihnen entfernt`),
  },
});

/** "2 topics you chose, 1 topic you removed"; "" when nothing was kept. */
export function keptDecisions(chosen: number, removed: number): string {
  const m = messagesOf(messages);
  return [chosen > 0 && m.chosen(chosen), removed > 0 && m.removed(removed)].filter(Boolean).join(", ");
}
