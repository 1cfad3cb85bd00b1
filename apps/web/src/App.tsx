import { lazy, Suspense, useEffect } from "react";
import { useAuthStatus, type Account } from "./auth.ts";
import { ErrorBox, Spinner } from "./components/Feedback.tsx";
import { GlobalDropZone } from "./components/GlobalDropZone.tsx";
import { Header } from "./components/Header.tsx";
import { Link } from "./components/Link.tsx";
import { ShortcutsDialog } from "./components/ShortcutsDialog.tsx";
import { DocumentPage } from "./pages/DocumentPage.tsx";
import { DocumentsPage } from "./pages/DocumentsPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { ReviewPage } from "./pages/ReviewPage.tsx";
import { UploadPage } from "./pages/UploadPage.tsx";
import { defineMessages, useMessages } from "./i18n.ts";
import { ADMIN_ROUTES, followInAppLinks, redirectOldListUrl, ROUTES, useRoute } from "./router.ts";

// Opened now and then, so they load on demand and keep the first download small (the initial bundle's budget,
// vite.config.ts, holds both languages' texts of every page in it).
const SetupPage = lazy(() => import("./pages/SetupPage.tsx").then((m) => ({ default: m.SetupPage })));
const ActivityPage = lazy(() => import("./pages/ActivityPage.tsx").then((m) => ({ default: m.ActivityPage })));
const TopicsPage = lazy(() => import("./pages/TopicsPage.tsx").then((m) => ({ default: m.TopicsPage })));
const SettingsPage = lazy(() => import("./pages/SettingsPage.tsx").then((m) => ({ default: m.SettingsPage })));
const UsersPage = lazy(() => import("./pages/UsersPage.tsx").then((m) => ({ default: m.UsersPage })));
const TrashPage = lazy(() => import("./pages/TrashPage.tsx").then((m) => ({ default: m.TrashPage })));
const AccountPage = lazy(() => import("./pages/AccountPage.tsx").then((m) => ({ default: m.AccountPage })));
const MailPage = lazy(() => import("./pages/MailPage.tsx").then((m) => ({ default: m.MailPage })));
const AuditPage = lazy(() => import("./pages/AuditPage.tsx").then((m) => ({ default: m.AuditPage })));
const CorrespondentsPage = lazy(() => import("./pages/CorrespondentsPage.tsx").then((m) => ({ default: m.CorrespondentsPage })));
const FieldsPage = lazy(() => import("./pages/FieldsPage.tsx").then((m) => ({ default: m.FieldsPage })));
const DashboardPage = lazy(() => import("./pages/DashboardPage.tsx").then((m) => ({ default: m.DashboardPage })));

const messages = defineMessages({
  en: {
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
    notFound: "Not found",
    couldNotReach: "Could not reach docscan",
    loading: "Loading docscan…",
    skipToContent: "Skip to content",
    adminOnly: "Only admins can open this page",
    askAnAdmin: "Ask an admin of this docscan if you need a change here.",
    goToDocuments: "Go to your documents",
  },
  de: {
    dashboard: "Übersicht",
    documents: "Dokumente",
    document: "Dokument",
    upload: "Hochladen",
    review: "Prüfen",
    topics: "Themen",
    correspondents: "Korrespondenten",
    fields: "Felder",
    activity: "Aktivität",
    settings: "Einstellungen",
    users: "Benutzer",
    account: "Konto",
    trash: "Papierkorb",
    mail: "E-Mail-Konten",
    audit: "Protokoll",
    notFound: "Nicht gefunden",
    couldNotReach: "docscan ist nicht erreichbar",
    loading: "docscan wird geladen…",
    skipToContent: "Zum Inhalt springen",
    adminOnly: "Nur Administratoren können diese Seite öffnen",
    askAnAdmin: "Wenden Sie sich an einen Administrator dieses docscan, wenn hier etwas geändert werden soll.",
    goToDocuments: "Zu Ihren Dokumenten",
  },
});

/** `auth.status` decides what shows: the one-time setup, the sign-in page, or the console. */
export function App() {
  const m = useMessages(messages);
  const status = useAuthStatus();
  useEffect(() => followInAppLinks(), []);
  useEffect(() => redirectOldListUrl(), []);

  if (!status.data) {
    return (
      <main id="main" className="auth-screen">
        {status.isError ? (
          <ErrorBox error={status.error} title={m.couldNotReach} onRetry={() => void status.refetch()} />
        ) : (
          <Spinner label={m.loading} />
        )}
      </main>
    );
  }
  if (status.data.needsSetup)
    return (
      <Suspense fallback={<Spinner />}>
        <SetupPage />
      </Suspense>
    );
  if (!status.data.user) return <LoginPage />;
  return <Console account={status.data.user} />;
}

function Console({ account }: { account: Account }) {
  const m = useMessages(messages);
  const route = useRoute();
  useEffect(() => {
    if (route === "document") return; // the document page names itself after the file
    document.title = `${route ? m[route] : m.notFound} · docscan`;
  }, [route, m]);
  const forbidden = route !== null && ADMIN_ROUTES.has(route) && account.role !== "admin";

  return (
    <>
      <a className="skip-link" href="#main">
        {m.skipToContent}
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
  const m = useMessages(messages);
  return (
    <section className="card empty">
      <h1>{m.adminOnly}</h1>
      <p>
        {m.askAnAdmin} <Link href={ROUTES.documents}>{m.goToDocuments}</Link>.
      </p>
    </section>
  );
}
