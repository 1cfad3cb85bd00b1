// The landing page (issue 16, ADR 0031): the pinned saved views with their counts, what waits for review,
// recent uploads, documents that failed, and storage against the quota. Every number comes from a procedure
// that stays cheap at a million documents: the list's capped counts, the review inbox's total, the account.
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useAccount, useIsAdmin } from "../auth.ts";
import { ErrorBox, Spinner } from "../components/Feedback.tsx";
import { Link } from "../components/Link.tsx";
import { Page } from "../components/Page.tsx";
import { formatTotal } from "../components/Pagination.tsx";
import { UsageMeters } from "../components/UsageMeters.tsx";
import { viewHref } from "../components/SavedViews.tsx";
import { StatusChip } from "../components/StatusChip.tsx";
import { formatDateTime, formatNumber } from "../format.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { listUrlOf } from "../list-url.ts";
import { documentPath, ROUTES } from "../router.ts";
import { trpc, type DocumentItem } from "../trpc.ts";
import "./dashboard.css";

const RECENT = 5;

const messages = defineMessages({
  en: {
    title: "Dashboard",
    introAdmin: "Your saved views, and what needs a person across everyone’s documents.",
    introMember: "Your saved views, and what needs you.",
    open: "Open",
    savedViews: "Saved views",
    loadingViews: "Loading saved views…",
    couldNotLoadViews: "Could not load saved views",
    noViews: "No saved views yet.",
    filterOrSearch: "Filter or search the",
    documentList: "document list",
    thenChoose: ", then choose",
    saveView: "+ Save view",
    showsUpHere: ": it shows up here with how many documents it holds.",
    cannotCount: (problem: string) => `Cannot count: ${problem}`,
    yoursShared: "Yours, shared with everyone",
    yours: "Yours",
    sharedBy: (email: string) => `Shared by ${email}`,
    viewLabel: (name: string, count: string) => `${name}: ${count} ${count === "1" ? "document" : "documents"}`,
    waitingForReview: "Waiting for review",
    openReview: "Open review",
    couldNotLoadReview: "Could not load the review inbox",
    nothingWaiting: "Nothing waiting: every topic docscan found was sure enough, or a person has decided.",
    waiting: (n: number) => `${n === 1 ? "document waits" : "documents wait"} for a person to confirm or reject suggested topics.`,
    needsAttention: "Needs attention",
    allFailed: "All failed documents",
    couldNotLoadFailed: "Could not load failed documents",
    noFailed: "No failed documents: everything uploaded was read.",
    couldNotRead: (n: number) => `${n === 1 ? "document" : "documents"} could not be read. Open one to see why, then extract it again or delete it.`,
    jobsFailed: (n: number) => `${formatNumber(n)} ${n === 1 ? "background job" : "background jobs"} failed`,
    activity: " (Activity).",
    recentUploads: "Recent uploads",
    allDocuments: "All documents",
    couldNotLoadDocuments: "Could not load documents",
    noDocuments: "No documents yet.",
    uploadFirst: "Upload the first",
    orDrop: ", or drop files anywhere on this page.",
    storage: "Storage and quota",
    yourAccount: "Your account",
  },
  de: {
    title: "Übersicht",
    introAdmin: "Ihre gespeicherten Ansichten und was in den Dokumenten aller Benutzer eine Person braucht.",
    introMember: "Ihre gespeicherten Ansichten und was Sie erledigen sollten.",
    open: "Öffnen",
    savedViews: "Gespeicherte Ansichten",
    loadingViews: "Gespeicherte Ansichten werden geladen…",
    couldNotLoadViews: "Gespeicherte Ansichten konnten nicht geladen werden",
    noViews: "Noch keine gespeicherten Ansichten.",
    filterOrSearch: "Filtern oder durchsuchen Sie die",
    documentList: "Dokumentliste",
    thenChoose: " und wählen Sie dann",
    saveView: "+ Speichern",
    showsUpHere: ": Die Ansicht erscheint hier mit der Zahl ihrer Dokumente.",
    cannotCount: (problem: string) => `Zählen nicht möglich: ${problem}`,
    yoursShared: "Ihre, für alle freigegeben",
    yours: "Ihre",
    sharedBy: (email: string) => `Freigegeben von ${email}`,
    viewLabel: (name: string, count: string) => `${name}: ${count} ${count === "1" ? "Dokument" : "Dokumente"}`,
    waitingForReview: "Wartet auf Prüfung",
    openReview: "Prüfen öffnen",
    couldNotLoadReview: "Die zu prüfenden Vorschläge konnten nicht geladen werden",
    nothingWaiting: "Nichts wartet: Jedes Thema, das docscan gefunden hat, war sicher genug, oder eine Person hat entschieden.",
    waiting: (n: number) => `${n === 1 ? "Dokument wartet" : "Dokumente warten"} darauf, dass eine Person vorgeschlagene Themen annimmt oder ablehnt.`,
    needsAttention: "Braucht Aufmerksamkeit",
    allFailed: "Alle fehlgeschlagenen Dokumente",
    couldNotLoadFailed: "Fehlgeschlagene Dokumente konnten nicht geladen werden",
    noFailed: "Keine fehlgeschlagenen Dokumente: Alles Hochgeladene wurde gelesen.",
    couldNotRead: (n: number) => `${n === 1 ? "Dokument konnte" : "Dokumente konnten"} nicht gelesen werden. Öffnen Sie eines, um den Grund zu sehen, und lassen Sie es erneut erkennen oder löschen Sie es.`,
    jobsFailed: (n: number) => `${formatNumber(n)} ${n === 1 ? "Hintergrundauftrag" : "Hintergrundaufträge"} fehlgeschlagen`,
    activity: " (Aktivität).",
    recentUploads: "Zuletzt hochgeladen",
    allDocuments: "Alle Dokumente",
    couldNotLoadDocuments: "Dokumente konnten nicht geladen werden",
    noDocuments: "Noch keine Dokumente.",
    uploadFirst: "Laden Sie das erste hoch",
    orDrop: " oder legen Sie Dateien irgendwo auf dieser Seite ab.",
    storage: "Speicher und Kontingent",
    yourAccount: "Ihr Konto",
  },
});

export function DashboardPage() {
  const m = useMessages(messages);
  const isAdmin = useIsAdmin();
  return (
    <Page title={m.title} intro={isAdmin ? m.introAdmin : m.introMember}>
      <SavedViewCards />
      <div className="dashboard-grid">
        <ReviewCard />
        <FailedCard />
        <StorageCard />
        <RecentCard />
      </div>
    </Page>
  );
}

function Card({ title, href, linkLabel, children }: { title: string; href?: string; linkLabel?: string; children: ReactNode }) {
  const m = useMessages(messages);
  return (
    <section className="card card-pad dashboard-card" aria-label={title}>
      <div className="dashboard-card-head">
        <h2>{title}</h2>
        {href && (
          <Link href={href} className="small">
            {linkLabel ?? m.open}
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

function SavedViewCards() {
  const m = useMessages(messages);
  const views = useQuery(trpc.views.list.queryOptions());
  const counts = useQuery({ ...trpc.views.counts.queryOptions(), refetchInterval: 60_000 });
  const pinned = views.data?.filter((v) => v.pinned) ?? [];
  const byId = new Map(counts.data?.map((c) => [c.id, c]));
  return (
    <section className="dashboard-views" aria-labelledby="dashboard-views-title">
      <h2 id="dashboard-views-title" className="dashboard-section-title">
        {m.savedViews}
      </h2>
      {views.isPending ? (
        <Spinner label={m.loadingViews} />
      ) : views.isError ? (
        <ErrorBox error={views.error} title={m.couldNotLoadViews} onRetry={() => void views.refetch()} />
      ) : pinned.length === 0 ? (
        <div className="card card-pad dashboard-empty">
          <p>
            <strong>{m.noViews}</strong> {m.filterOrSearch} <Link href={ROUTES.documents}>{m.documentList}</Link>
            {m.thenChoose} <em>{m.saveView}</em>
            {m.showsUpHere}
          </p>
        </div>
      ) : (
        <ul className="view-cards">
          {pinned.map((v) => {
            const href = viewHref(v);
            const c = byId.get(v.id);
            const count = c?.count ? formatTotal(c.count) : c?.problem ? "–" : counts.isError ? "?" : "…";
            const body = (
              <>
                <span className="view-card-count" data-testid="view-count">
                  {count}
                </span>
                <span className="view-card-name">{v.name}</span>
                <span className="view-card-meta muted small">
                  {c?.problem ? m.cannotCount(c.problem) : v.mine ? (v.shared ? m.yoursShared : m.yours) : m.sharedBy(v.ownerEmail)}
                </span>
              </>
            );
            return (
              <li key={v.id}>
                {href ? (
                  <Link href={href} className="card view-card" aria-label={m.viewLabel(v.name, count)}>
                    {body}
                  </Link>
                ) : (
                  <div className="card view-card">{body}</div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function ReviewCard() {
  const m = useMessages(messages);
  const review = useQuery({ ...trpc.review.list.queryOptions({ limit: 1 }), refetchInterval: 30_000 });
  return (
    <Card title={m.waitingForReview} href={ROUTES.review} linkLabel={m.openReview}>
      {review.isError ? (
        <ErrorBox error={review.error} title={m.couldNotLoadReview} onRetry={() => void review.refetch()} />
      ) : !review.data ? (
        <Spinner />
      ) : review.data.total === 0 ? (
        <p className="muted">{m.nothingWaiting}</p>
      ) : (
        <p>
          <span className="dashboard-number" data-testid="review-waiting">
            {formatNumber(review.data.total)}
          </span>{" "}
          {m.waiting(review.data.total)}
        </p>
      )}
    </Card>
  );
}

function FailedCard() {
  const m = useMessages(messages);
  const isAdmin = useIsAdmin();
  const failed = useQuery({ ...trpc.documents.list.queryOptions({ status: "failed", perPage: RECENT }), refetchInterval: 60_000 });
  const jobs = useQuery({ ...trpc.jobs.list.queryOptions({ state: "failed", limit: 1 }), enabled: isAdmin });
  const failedJobs = jobs.data?.counts.failed ?? 0;
  return (
    <Card title={m.needsAttention} href={listUrlOf({ status: "failed" })} linkLabel={m.allFailed}>
      {failed.isError ? (
        <ErrorBox error={failed.error} title={m.couldNotLoadFailed} onRetry={() => void failed.refetch()} />
      ) : !failed.data ? (
        <Spinner />
      ) : failed.data.total.value === 0 ? (
        <p className="muted">{m.noFailed}</p>
      ) : (
        <>
          <p>
            <span className="dashboard-number" data-testid="failed-count">
              {formatTotal(failed.data.total)}
            </span>{" "}
            {m.couldNotRead(failed.data.total.value)}
          </p>
          <DocumentLines items={failed.data.items} showError />
        </>
      )}
      {isAdmin && failedJobs > 0 && (
        <p className="small">
          <Link href={ROUTES.activity}>{m.jobsFailed(failedJobs)}</Link>
          {m.activity}
        </p>
      )}
    </Card>
  );
}

function RecentCard() {
  const m = useMessages(messages);
  const recent = useQuery({ ...trpc.documents.list.queryOptions({ sort: "newest", perPage: RECENT }), refetchInterval: 30_000 });
  return (
    <Card title={m.recentUploads} href={ROUTES.documents} linkLabel={m.allDocuments}>
      {recent.isError ? (
        <ErrorBox error={recent.error} title={m.couldNotLoadDocuments} onRetry={() => void recent.refetch()} />
      ) : !recent.data ? (
        <Spinner />
      ) : recent.data.items.length === 0 ? (
        <p className="muted">
          {m.noDocuments} <Link href={ROUTES.upload}>{m.uploadFirst}</Link>
          {m.orDrop}
        </p>
      ) : (
        <DocumentLines items={recent.data.items} />
      )}
    </Card>
  );
}

function DocumentLines({ items, showError }: { items: DocumentItem[]; showError?: boolean }) {
  return (
    <ul className="dashboard-docs">
      {items.map((d) => (
        <li key={d.id}>
          <Link href={documentPath(d.id)} className="file-link">
            {d.title}
          </Link>
          <span className="muted small">{formatDateTime(d.createdAt)}</span>
          {(showError || d.status !== "done") && <StatusChip status={d.status} error={showError ? d.error : null} />}
        </li>
      ))}
    </ul>
  );
}

function StorageCard() {
  const m = useMessages(messages);
  const account = useAccount();
  // Usage moves with every upload: read it afresh whenever the dashboard opens.
  useQuery({ ...trpc.auth.status.queryOptions(), refetchOnMount: "always" });
  return (
    <Card title={m.storage} href={ROUTES.account} linkLabel={m.yourAccount}>
      <UsageMeters account={account} />
    </Card>
  );
}
