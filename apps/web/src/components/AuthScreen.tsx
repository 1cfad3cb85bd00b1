import { useEffect, type ReactNode } from "react";

/** The frame of the pages shown before sign-in: the brand and one centred card. */
export function AuthScreen({ title, intro, children }: { title: string; intro?: ReactNode; children: ReactNode }) {
  useEffect(() => {
    document.title = `${title} · docscan`;
  }, [title]);
  return (
    <main id="main" className="auth-screen" tabIndex={-1}>
      <div className="auth-card card card-pad">
        <p className="brand auth-brand">
          <img src="/favicon.svg" alt="" width={30} height={30} />
          <span>docscan</span>
        </p>
        <h1>{title}</h1>
        {intro && <p className="muted auth-intro">{intro}</p>}
        {children}
      </div>
    </main>
  );
}
