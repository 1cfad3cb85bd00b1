import { Link } from "../components/Link.tsx";
import { ROUTES } from "../router.ts";

export function NotFoundPage() {
  return (
    <section className="card empty">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link href={ROUTES.documents}>Go to your documents</Link>.
      </p>
    </section>
  );
}
