import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorBox, Spinner } from "./Feedback.tsx";

interface Props<T> {
  query: UseQueryResult<T, unknown>;
  /** The spinner's text, e.g. "Loading users…". */
  loading: string;
  errorTitle: string;
  isEmpty: (data: T) => boolean;
  /** Shown instead of `children` when `isEmpty`. */
  empty: ReactNode;
  children: (data: T) => ReactNode;
}

/** A list fed by one query: a spinner while it loads, the error with a retry, the empty state, or the list. */
export function QueryState<T>({ query, loading, errorTitle, isEmpty, empty, children }: Props<T>) {
  if (query.isPending) return <Spinner label={loading} />;
  if (query.isError) return <ErrorBox error={query.error} title={errorTitle} onRetry={() => void query.refetch()} />;
  return isEmpty(query.data) ? empty : children(query.data);
}
