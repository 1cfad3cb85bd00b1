import { ROUTES, type RouteName } from "../router.ts";
import { useUploads } from "../uploads.ts";
import { Link } from "./Link.tsx";

const NAV: { route: RouteName; label: string }[] = [
  { route: "documents", label: "Documents" },
  { route: "upload", label: "Upload" },
  { route: "topics", label: "Topics" },
  { route: "settings", label: "Settings" },
];

export function Header({ route }: { route: RouteName | null }) {
  const active = useUploads().filter((u) => u.state === "uploading" || u.state === "queued").length;
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
                <Link href={ROUTES[item.route]} className="nav-link" aria-current={route === item.route ? "page" : undefined}>
                  {item.label}
                  {item.route === "upload" && active > 0 && (
                    <span className="nav-badge" aria-label={`${active} uploading`}>
                      {active}
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
