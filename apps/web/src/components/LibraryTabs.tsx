// Topics, Correspondents (ADR 0030) and Fields (ADR 0033), one tab each on every one of those pages: the
// library's lists share the Topics place in the header, so the admin header keeps its width at 1280 px.
import { defineMessages, useMessages } from "../i18n.ts";
import { ROUTES } from "../router.ts";
import { Link } from "./Link.tsx";
import "./library-tabs.css";

const messages = defineMessages({
  en: { library: "Library", topics: "Topics", correspondents: "Correspondents", fields: "Fields" },
  de: { library: "Bibliothek", topics: "Themen", correspondents: "Korrespondenten", fields: "Felder" },
});

const TABS = [{ route: "topics" }, { route: "correspondents" }, { route: "fields" }] as const;

/** Topics, Correspondents and Fields, one tab each: the library's lists. */
export function LibraryTabs({ current }: { current: (typeof TABS)[number]["route"] }) {
  const m = useMessages(messages);
  return (
    <nav className="library-tabs" aria-label={m.library}>
      {TABS.map((t) => (
        <Link key={t.route} href={ROUTES[t.route]} aria-current={current === t.route ? "page" : undefined}>
          {m[t.route]}
        </Link>
      ))}
    </nav>
  );
}
