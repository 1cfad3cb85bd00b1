import { useId, type ReactNode } from "react";

interface Props {
  title: string;
  /** One line under the title on what the page is for. */
  intro: ReactNode;
  /** Beside the title, e.g. the page's main button. */
  actions?: ReactNode;
  children: ReactNode;
}

/** A page of the console: a section named by its heading. */
export function Page({ title, intro, actions, children }: Props) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <div className="page-head">
        <div>
          <h1 id={titleId}>{title}</h1>
          <p className="muted">{intro}</p>
        </div>
        {actions}
      </div>
      {children}
    </section>
  );
}
