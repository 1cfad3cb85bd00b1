import { useState } from "react";
import { useShortcuts } from "../shortcuts.ts";
import { Dialog } from "./Dialog.tsx";
import "./ShortcutsDialog.css";

const GROUPS: { title: string; keys: [string[], string][] }[] = [
  {
    title: "Anywhere",
    keys: [
      [["?"], "Show these shortcuts"],
      [["/"], "Search documents (on the Documents page)"],
    ],
  },
  {
    title: "Documents and Review lists",
    keys: [
      [["j"], "Next row"],
      [["k"], "Previous row"],
      [["Enter"], "Open the highlighted document"],
      [["x"], "Select or unselect the highlighted row"],
      [["e"], "Edit the highlighted document's topics (Documents)"],
    ],
  },
  {
    title: "Review",
    keys: [
      [["a"], "Accept the top suggestion, reject the rest"],
      [["r"], "Reject all suggestions"],
    ],
  },
  { title: "A document's page", keys: [[["e"], "Edit its topics"]] },
];

/** `?` anywhere in the console (but in a text field) lists the keyboard shortcuts. */
export function ShortcutsDialog() {
  const [open, setOpen] = useState(false);
  useShortcuts((e) => {
    if (e.key !== "?") return false;
    setOpen(true);
    return true;
  });
  return (
    <Dialog open={open} title="Keyboard shortcuts" onCancel={() => setOpen(false)}>
      <p className="muted small">Shortcuts do nothing while you type in a field.</p>
      {GROUPS.map((g) => (
        <section key={g.title} className="shortcut-group">
          <h3>{g.title}</h3>
          <dl>
            {g.keys.map(([keys, what]) => (
              <div key={what}>
                <dt>
                  {keys.map((k) => (
                    <kbd key={k}>{k}</kbd>
                  ))}
                </dt>
                <dd>{what}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <div className="dialog-actions">
        <button type="button" className="btn btn-secondary" onClick={() => setOpen(false)} autoFocus>
          Close
        </button>
      </div>
    </Dialog>
  );
}
