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
import { formatDateTime, formatNumber, plural } from "../format.ts";
import { listUrlOf } from "../list-url.ts";
import { documentPath, ROUTES } from "../router.ts";
import { trpc, type DocumentItem } from "../trpc.ts";
import "./dashboard.css";

const RECENT = 5;

export function DashboardPage() {
  const isAdmin = useIsAdmin();
  return (
    <Page title="Dashboard" intro={isAdmin ? "Your saved views, and what needs a person across everyone’s documents." : "Your saved views, and what needs you."}>
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
  return (
    <section className="card card-pad dashboard-card" aria-label={title}>
      <div className="dashboard-card-head">
        <h2>{title}</h2>
        {href && (
          <Link href={href} className="small">
            {linkLabel ?? "Open"}
          </Link>
        )}
      </div>
      {children}
    </section>
  );
}

function SavedViewCards() {
  const views = useQuery(trpc.views.list.queryOptions());
  const counts = useQuery({ ...trpc.views.counts.queryOptions(), refetchInterval: 60_000 });
  const pinned = views.data?.filter((v) => v.pinned) ?? [];
  const byId = new Map(counts.data?.map((c) => [c.id, c]));
  return (
    <section className="dashboard-views" aria-labelledby="dashboard-views-title">
      <h2 id="dashboard-views-title" className="dashboard-section-title">
        Saved views
      </h2>
      {views.isPending ? (
        <Spinner label="Loading saved views…" />
      ) : views.isError ? (
        <ErrorBox error={views.error} title="Could not load saved views" onRetry={() => void views.refetch()} />
      ) : pinned.length === 0 ? (
        <div className="card card-pad dashboard-empty">
          <p>
            <strong>No saved views yet.</strong> Filter or search the <Link href={ROUTES.documents}>document list</Link>, then choose <em>+ Save view</em>: it shows up here
            with how many documents it holds.
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
                  {c?.problem ? `Cannot count: ${c.problem}` : v.mine ? (v.shared ? "Yours, shared with everyone" : "Yours") : `Shared by ${v.ownerEmail}`}
                </span>
              </>
            );
            return (
              <li key={v.id}>
                {href ? (
                  <Link href={href} className="card view-card" aria-label={`${v.name}: ${count} ${count === "1" ? "document" : "documents"}`}>
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
  const review = useQuery({ ...trpc.review.list.queryOptions({ limit: 1 }), refetchInterval: 30_000 });
  return (
    <Card title="Waiting for review" href={ROUTES.review} linkLabel="Open review">
      {review.isError ? (
        <ErrorBox error={review.error} title="Could not load the review inbox" onRetry={() => void review.refetch()} />
      ) : !review.data ? (
        <Spinner />
      ) : review.data.total === 0 ? (
        <p className="muted">Nothing waiting: every topic docscan found was sure enough, or a person has decided.</p>
      ) : (
        <p>
          <span className="dashboard-number" data-testid="review-waiting">
            {formatNumber(review.data.total)}
          </span>{" "}
          {review.data.total === 1 ? "document waits" : "documents wait"} for a person to confirm or reject suggested topics.
        </p>
      )}
    </Card>
  );
}

function FailedCard() {
  const isAdmin = useIsAdmin();
  const failed = useQuery({ ...trpc.documents.list.queryOptions({ status: "failed", perPage: RECENT }), refetchInterval: 60_000 });
  const jobs = useQuery({ ...trpc.jobs.list.queryOptions({ state: "failed", limit: 1 }), enabled: isAdmin });
  const failedJobs = jobs.data?.counts.failed ?? 0;
  return (
    <Card title="Needs attention" href={listUrlOf({ status: "failed" })} linkLabel="All failed documents">
      {failed.isError ? (
        <ErrorBox error={failed.error} title="Could not load failed documents" onRetry={() => void failed.refetch()} />
      ) : !failed.data ? (
        <Spinner />
      ) : failed.data.total.value === 0 ? (
        <p className="muted">No failed documents: everything uploaded was read.</p>
      ) : (
        <>
          <p>
            <span className="dashboard-number" data-testid="failed-count">
              {formatTotal(failed.data.total)}
            </span>{" "}
            {failed.data.total.value === 1 ? "document" : "documents"} could not be read. Open one to see why, then extract it again or delete it.
          </p>
          <DocumentLines items={failed.data.items} showError />
        </>
      )}
      {isAdmin && failedJobs > 0 && (
        <p className="small">
          <Link href={ROUTES.activity}>{plural(failedJobs, "background job")} failed</Link> (Activity).
        </p>
      )}
    </Card>
  );
}

function RecentCard() {
  const recent = useQuery({ ...trpc.documents.list.queryOptions({ sort: "newest", perPage: RECENT }), refetchInterval: 30_000 });
  return (
    <Card title="Recent uploads" href={ROUTES.documents} linkLabel="All documents">
      {recent.isError ? (
        <ErrorBox error={recent.error} title="Could not load documents" onRetry={() => void recent.refetch()} />
      ) : !recent.data ? (
        <Spinner />
      ) : recent.data.items.length === 0 ? (
        <p className="muted">
          No documents yet. <Link href={ROUTES.upload}>Upload the first</Link>, or drop files anywhere on this page.
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
  const account = useAccount();
  // Usage moves with every upload: read it afresh whenever the dashboard opens.
  useQuery({ ...trpc.auth.status.queryOptions(), refetchOnMount: "always" });
  return (
    <Card title="Storage and quota" href={ROUTES.account} linkLabel="Your account">
      <UsageMeters account={account} />
    </Card>
  );
}
