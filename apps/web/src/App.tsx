import { useEffect } from "react";
import { Header } from "./components/Header.tsx";
import { ActivityPage } from "./pages/ActivityPage.tsx";
import { DocumentPage } from "./pages/DocumentPage.tsx";
import { DocumentsPage } from "./pages/DocumentsPage.tsx";
import { NotFoundPage } from "./pages/NotFoundPage.tsx";
import { ReviewPage } from "./pages/ReviewPage.tsx";
import { SettingsPage } from "./pages/SettingsPage.tsx";
import { TopicsPage } from "./pages/TopicsPage.tsx";
import { UploadPage } from "./pages/UploadPage.tsx";
import { followInAppLinks, useRoute, type RouteName } from "./router.ts";

const TITLES: Record<RouteName, string> = {
  documents: "Documents",
  document: "Document",
  upload: "Upload",
  review: "Review",
  topics: "Topics",
  activity: "Activity",
  settings: "Settings",
};

export function App() {
  const route = useRoute();
  useEffect(() => {
    if (route === "document") return; // the document page names itself after the file
    document.title = route ? `${TITLES[route]} · docscan` : "Not found · docscan";
  }, [route]);
  useEffect(() => followInAppLinks(), []);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Header route={route} />
      <main id="main" className="container" tabIndex={-1}>
        {route === "documents" && <DocumentsPage />}
        {route === "document" && <DocumentPage />}
        {route === "upload" && <UploadPage />}
        {route === "review" && <ReviewPage />}
        {route === "topics" && <TopicsPage />}
        {route === "activity" && <ActivityPage />}
        {route === "settings" && <SettingsPage />}
        {route === null && <NotFoundPage />}
      </main>
    </>
  );
}
