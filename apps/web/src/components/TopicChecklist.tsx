import type { ReactNode } from "react";
import { defineMessages, useMessages } from "../i18n.ts";
import { ROUTES } from "../router.ts";
import { toggleIds } from "../selection.ts";
import type { Topic } from "../trpc.ts";
import { Link } from "./Link.tsx";

const messages = defineMessages({
  en: { noTopics: "No topics yet.", createOne: "Create one" },
  de: { noTopics: "Noch keine Themen.", createOne: "Legen Sie eines an" },
});

interface Props {
  legend: ReactNode;
  topics: readonly Topic[];
  checked: ReadonlySet<string>;
  /** A state setter: each click updates the latest set. */
  setChecked: (update: (prev: ReadonlySet<string>) => ReadonlySet<string>) => void;
}

/** A checkbox per topic, with its colour; a link to the Topics page when there are none. */
export function TopicChecklist({ legend, topics, checked, setChecked }: Props) {
  const m = useMessages(messages);
  return (
    <fieldset className="picker">
      <legend>{legend}</legend>
      {topics.length === 0 ? (
        <p className="muted">
          {m.noTopics} <Link href={ROUTES.topics}>{m.createOne}</Link>.
        </p>
      ) : (
        <div className="picker-list">
          {topics.map((t) => (
            <label key={t.id} className="check">
              <input type="checkbox" checked={checked.has(t.id)} onChange={(e) => setChecked((prev) => toggleIds(prev, [t.id], e.target.checked))} />
              <span className="swatch swatch-sm" style={{ background: t.color }} aria-hidden="true" />
              <span>{t.name}</span>
            </label>
          ))}
        </div>
      )}
    </fieldset>
  );
}
