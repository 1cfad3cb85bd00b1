import { Link } from "../components/Link.tsx";
import { defineMessages, useMessages } from "../i18n.ts";
import { ROUTES } from "../router.ts";

const messages = defineMessages({
  en: { title: "Page not found", nothingHere: "There is nothing at this address.", goToDocuments: "Go to your documents" },
  de: { title: "Seite nicht gefunden", nothingHere: "Unter dieser Adresse gibt es nichts.", goToDocuments: "Zu Ihren Dokumenten" },
});

export function NotFoundPage() {
  const m = useMessages(messages);
  return (
    <section className="card empty">
      <h1>{m.title}</h1>
      <p>
        {m.nothingHere} <Link href={ROUTES.documents}>{m.goToDocuments}</Link>.
      </p>
    </section>
  );
}
