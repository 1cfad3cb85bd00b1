// Topics and Correspondents (ADR 0030), one tab each on both pages: the library's two lists share the Topics
// place in the header, so the admin header keeps its width at 1280 px.
import { ROUTES } from "../router.ts";
import { Link } from "./Link.tsx";
import "./library-tabs.css";

/** Topics and Correspondents, one tab each: the library's two lists. */
export function LibraryTabs({ current }: { current: "topics" | "correspondents" }) {
  return (
    <nav className="library-tabs" aria-label="Library">
      <Link href={ROUTES.topics} aria-current={current === "topics" ? "page" : undefined}>
        Topics
      </Link>
      <Link href={ROUTES.correspondents} aria-current={current === "correspondents" ? "page" : undefined}>
        Correspondents
      </Link>
    </nav>
  );
}

