// Topics, Correspondents (ADR 0030) and Fields (ADR 0033), one tab each on every one of those pages: the
// library's lists share the Topics place in the header, so the admin header keeps its width at 1280 px.
import { ROUTES } from "../router.ts";
import { Link } from "./Link.tsx";
import "./library-tabs.css";

const TABS = [
  { route: "topics", label: "Topics" },
  { route: "correspondents", label: "Correspondents" },
  { route: "fields", label: "Fields" },
] as const;

/** Topics, Correspondents and Fields, one tab each: the library's lists. */
export function LibraryTabs({ current }: { current: (typeof TABS)[number]["route"] }) {
  return (
    <nav className="library-tabs" aria-label="Library">
      {TABS.map((t) => (
        <Link key={t.route} href={ROUTES[t.route]} aria-current={current === t.route ? "page" : undefined}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
