import { useState } from "react";
import { defineMessages, useMessages } from "../i18n.ts";
import { useShortcuts } from "../shortcuts.ts";
import { Dialog } from "./Dialog.tsx";
import "./ShortcutsDialog.css";

const messages = defineMessages({
  en: {
    anywhere: "Anywhere",
    showShortcuts: "Show these shortcuts",
    search: "Search documents (on the Documents page)",
    lists: "Documents and Review lists",
    next: "Next row",
    previous: "Previous row",
    open: "Open the highlighted document",
    select: "Select or unselect the highlighted row",
    editTopics: "Edit the highlighted document's topics (Documents)",
    review: "Review",
    accept: "Accept the top suggestion, reject the rest",
    rejectAll: "Reject all suggestions",
    documentPage: "A document's page",
    editItsTopics: "Edit its topics",
    title: "Keyboard shortcuts",
    notWhileTyping: "Shortcuts do nothing while you type in a field.",
    close: "Close",
  },
  de: {
    anywhere: "Überall",
    showShortcuts: "Diese Tastenkürzel anzeigen",
    search: "Dokumente durchsuchen (auf der Seite Dokumente)",
    lists: "Listen Dokumente und Prüfen",
    next: "Nächste Zeile",
    previous: "Vorige Zeile",
    open: "Markiertes Dokument öffnen",
    select: "Markierte Zeile auswählen oder abwählen",
    editTopics: "Themen des markierten Dokuments bearbeiten (Dokumente)",
    review: "Prüfen",
    accept: "Obersten Vorschlag annehmen, die übrigen ablehnen",
    rejectAll: "Alle Vorschläge ablehnen",
    documentPage: "Seite eines Dokuments",
    editItsTopics: "Seine Themen bearbeiten",
    title: "Tastenkürzel",
    notWhileTyping: "Während Sie in einem Feld tippen, wirken keine Tastenkürzel.",
    close: "Schließen",
  },
});

type Messages = (typeof messages)["en"];

/** The keys (as printed on them, the same in every language) and what they do. */
const GROUPS: { title: keyof Messages; keys: [string[], keyof Messages][] }[] = [
  {
    title: "anywhere",
    keys: [
      [["?"], "showShortcuts"],
      [["/"], "search"],
    ],
  },
  {
    title: "lists",
    keys: [
      [["j"], "next"],
      [["k"], "previous"],
      [["Enter"], "open"],
      [["x"], "select"],
      [["e"], "editTopics"],
    ],
  },
  {
    title: "review",
    keys: [
      [["a"], "accept"],
      [["r"], "rejectAll"],
    ],
  },
  { title: "documentPage", keys: [[["e"], "editItsTopics"]] },
];

/** `?` anywhere in the console (but in a text field) lists the keyboard shortcuts. */
export function ShortcutsDialog() {
  const m = useMessages(messages);
  const [open, setOpen] = useState(false);
  useShortcuts((e) => {
    if (e.key !== "?") return false;
    setOpen(true);
    return true;
  });
  return (
    <Dialog open={open} title={m.title} onCancel={() => setOpen(false)}>
      <p className="muted small">{m.notWhileTyping}</p>
      {GROUPS.map((g) => (
        <section key={g.title} className="shortcut-group">
          <h3>{m[g.title]}</h3>
          <dl>
            {g.keys.map(([keys, what]) => (
              <div key={what}>
                <dt>
                  {keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </dt>
                <dd>{m[what]}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={() => setOpen(false)} autoFocus>
          {m.close}
        </button>
      </div>
    </Dialog>
  );
}
