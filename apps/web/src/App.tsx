import { useEffect } from "react";
import { Header } from "./components/Header.tsx";
import { DocumentsPage } from "./pages/DocumentsPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { SettingsPage } from "./pages/SettingsPage.tsx";
import { TopicsPage } from "./pages/TopicsPage.tsx";
import { UploadPage } from "./pages/UploadPage.tsx";
import { useRoute, type RouteName } from "./router.ts";

const TITLES: Record<RouteName, string> = { documents: "Documents", upload: "Upload", topics: "Topics", settings: "Settings" };

export function App() {
  const route = useRoute();
  useEffect(() => {
    document.title = route ? `${TITLES[route]} · docscan` : "Not found · docscan";
  }, [route]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header route={route} />
      <main id="main" className="container" tabIndex={-1}>
        {route === "documents" && <DocumentsPage />}
        {route === "upload" && <UploadPage />}
        {route === "topics" && <TopicsPage />}
        {route === "settings" && <SettingsPage />}
        {route === null && <NotFoundPage />}
      </main>
    </>
  );
}
