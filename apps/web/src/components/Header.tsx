import { useQuery } from "@tanstack/react-query";
import { ROUTES, type RouteName } from "../router.ts";
import { trpc } from "../trpc.ts";
import { useUploads } from "../uploads.ts";
import { Link } from "./Link.tsx";

const NAV: { route: keyof typeof ROUTES; label: string }[] = [
  { route: "documents", label: "Documents" },
  { route: "upload", label: "Upload" },
  { route: "review", label: "Review" },
  { route: "topics", label: "Topics" },
  { route: "activity", label: "Activity" },
  { route: "settings", label: "Settings" },
];

export function Header({ route }: { route: RouteName | null }) {
  const active = useUploads().filter((u) => u.state === "uploading" || u.state === "queued").length;
  // Suggestions waiting for a person; the inbox and every accept/reject refresh it too.
  const waiting = useQuery({ ...trpc.review.list.queryOptions({ limit: 1 }), refetchInterval: 15_000 }).data?.total ?? 0;
  return (
    <header className="app-header">
      <div className="container app-header-inner">
        <Link href={ROUTES.documents} className="brand" aria-label="docscan home">
          <img src="/favicon.svg" alt="" width={26} height={26} />
          <span>docscan</span>
        </Link>
        <nav aria-label="Main">
          <ul className="nav">
            {NAV.map((item) => (
              <li key={item.route}>
                <Link href={ROUTES[item.route]} className="nav-link" aria-current={route === item.route || (route === "document" && item.route === "documents") ? "page" : undefined}>
                  {item.label}
                  {item.route === "upload" && active > 0 && (
                    <span className="nav-badge" aria-label={`${active} uploading`}>
                      {active}
                    </span>
                  )}
                  {item.route === "review" && waiting > 0 && (
                    <span className="nav-badge" aria-label={`${waiting} waiting for review`} data-testid="review-badge">
                      {waiting > 99 ? "99+" : waiting}
                    </span>
                  )}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
