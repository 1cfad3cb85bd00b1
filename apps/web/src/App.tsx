import { lazy, Suspense, useEffect } from "react";
import { useAuthStatus, type Account } from "./auth.ts";
import { ErrorBox, Spinner } from "./components/Feedback.tsx";
import { GlobalDropZone } from "./components/GlobalDropZone.tsx";
import { Header } from "./components/Header.tsx";
import { Link } from "./components/Link.tsx";
import { ShortcutsDialog } from "./components/ShortcutsDialog.tsx";
import { ActivityPage } from "./pages/ActivityPage.tsx";
import { DocumentPage } from "./pages/DocumentPage.tsx";
import { DocumentsPage } from "./pages/DocumentsPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { ReviewPage } from "./pages/ReviewPage.tsx";
import { SettingsPage } from "./pages/SettingsPage.tsx";
import { SetupPage } from "./pages/SetupPage.tsx";
import { TopicsPage } from "./pages/TopicsPage.tsx";
import { UploadPage } from "./pages/UploadPage.tsx";
import { ADMIN_ROUTES, followInAppLinks, redirectOldListUrl, ROUTES, useRoute, type RouteName } from "./router.ts";

// Opened now and then, so they load on demand and keep the first download small.
const UsersPage = lazy(() => import("./pages/UsersPage.tsx").then((m) => ({ default: m.UsersPage })));
const TrashPage = lazy(() => import("./pages/TrashPage.tsx").then((m) => ({ default: m.TrashPage })));
const AccountPage = lazy(() => import("./pages/AccountPage.tsx").then((m) => ({ default: m.AccountPage })));
const MailPage = lazy(() => import("./pages/MailPage.tsx").then((m) => ({ default: m.MailPage })));
const AuditPage = lazy(() => import("./pages/AuditPage.tsx").then((m) => ({ default: m.AuditPage })));
const CorrespondentsPage = lazy(() => import("./pages/CorrespondentsPage.tsx").then((m) => ({ default: m.CorrespondentsPage })));
const FieldsPage = lazy(() => import("./pages/FieldsPage.tsx").then((m) => ({ default: m.FieldsPage })));
const DashboardPage = lazy(() => import("./pages/DashboardPage.tsx").then((m) => ({ default: m.DashboardPage })));

const TITLES: Record<RouteName, string> = {
  dashboard: "Dashboard",
  documents: "Documents",
  document: "Document",
  upload: "Upload",
  review: "Review",
  topics: "Topics",
  correspondents: "Correspondents",
  fields: "Fields",
  activity: "Activity",
  settings: "Settings",
  users: "Users",
  account: "Account",
  trash: "Trash",
  mail: "Mail accounts",
  audit: "Audit log",
};

/** `auth.status` decides what shows: the one-time setup, the sign-in page, or the console. */
export function App() {
  const status = useAuthStatus();
  useEffect(() => followInAppLinks(), []);
  useEffect(() => redirectOldListUrl(), []);

  if (!status.data) {
    return (
      <main id="main" className="auth-screen">
        {status.isError ? (
          <ErrorBox error={status.error} title="Could not reach docscan" onRetry={() => void status.refetch()} />
        ) : (
          <Spinner label="Loading docscan…" />
        )}
      </main>
    );
  }
  if (status.data.needsSetup) return <SetupPage />;
  if (!status.data.user) return <LoginPage />;
  return <Console account={status.data.user} />;
}

function Console({ account }: { account: Account }) {
  const route = useRoute();
  useEffect(() => {
    if (route === "document") return; // the document page names itself after the file
    document.title = route ? `${TITLES[route]} · docscan` : "Not found · docscan";
  }, [route]);
  const forbidden = route !== null && ADMIN_ROUTES.has(route) && account.role !== "admin";

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header route={route} account={account} />
      <main id="main" className="container" tabIndex={-1}>
        <Suspense fallback={<Spinner />}>
          {forbidden ? (
            <AdminOnly />
          ) : (
            <>
              {route === "dashboard" && <DashboardPage />}
              {route === "documents" && <DocumentsPage />}
              {route === "document" && <DocumentPage />}
              {route === "upload" && <UploadPage />}
              {route === "review" && <ReviewPage />}
              {route === "topics" && <TopicsPage />}
              {route === "correspondents" && <CorrespondentsPage />}
              {route === "fields" && <FieldsPage />}
              {route === "activity" && <ActivityPage />}
              {route === "settings" && <SettingsPage />}
              {route === "users" && <UsersPage />}
              {route === "account" && <AccountPage />}
              {route === "trash" && <TrashPage />}
              {route === "mail" && <MailPage />}
              {route === "audit" && <AuditPage />}
              {route === null && <NotFoundPage />}
            </>
          )}
        </Suspense>
      </main>
      <GlobalDropZone />
      <ShortcutsDialog />
    </>
  );
}

function AdminOnly() {
  return (
    <section className="card empty">
      <h1>Only admins can open this page</h1>
      <p>
        Ask an admin of this docscan if you need a change here. <Link href={ROUTES.documents}>Go to your documents</Link>.
      </p>
    </section>
  );
}
