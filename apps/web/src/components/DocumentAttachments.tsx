import { useQuery } from "@tanstack/react-query";
import { defineMessages, useMessages } from "../i18n.ts";
import { documentPath } from "../router.ts";
import { trpc } from "../trpc.ts";
import { ErrorBox } from "./Feedback.tsx";
import { Link } from "./Link.tsx";
import { StatusChip } from "./StatusChip.tsx";

const SETTLED = new Set(["done", "failed"]);

const messages = defineMessages({
  en: {
    couldNotLoad: "Could not load the mail's attachments",
    attachments: "Attachments",
    attachedTo: "Attached to",
    inOrder: "Attachments, in the mail's order",
  },
  de: {
    couldNotLoad: "Die Anhänge der E-Mail konnten nicht geladen werden",
    attachments: "Anhänge",
    attachedTo: "Anhang von",
    inOrder: "Anhänge, in der Reihenfolge der E-Mail",
  },
});

/**
 * A mail's attachments, each a document of its own, and for an attachment the mail it came in (ADR 0032).
 * Shown only for documents that have either; while the mail or an attachment is being read it looks again.
 */
export function DocumentAttachments({ id, busy }: { id: string; busy: boolean }) {
  const m = useMessages(messages);
  const family = useQuery({
    ...trpc.documents.family.queryOptions({ id }),
    refetchInterval: (q) => (busy || q.state.data?.attachments.some((a) => !SETTLED.has(a.status)) ? 3000 : false),
  });
  if (family.isError) return <ErrorBox error={family.error} title={m.couldNotLoad} onRetry={() => void family.refetch()} />;
  if (!family.data || (!family.data.attachedTo && family.data.attachments.length === 0)) return null;
  const { attachedTo, attachments } = family.data;
  return (
    <section className="card card-pad" aria-labelledby="doc-attachments-title">
      <div className="card-head">
        <h2 id="doc-attachments-title">{attachments.length > 0 ? m.attachments : m.attachedTo}</h2>
      </div>
      {attachedTo && (
        <p>
          {attachments.length > 0 && `${m.attachedTo} `}
          <Link href={documentPath(attachedTo.id)} className="file-link">
            {attachedTo.title}
          </Link>
        </p>
      )}
      {attachments.length > 0 && (
        <ol className="similar-docs" aria-label={m.inOrder}>
          {attachments.map((a) => (
            <li key={a.id} className="similar-doc">
              <Link href={documentPath(a.id)} className="file-link">
                {a.title}
              </Link>
              <StatusChip status={a.status} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
