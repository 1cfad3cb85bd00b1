// The console's one tRPC client: batched HTTP to /trpc with superjson, wired into TanStack Query.
import { QueryClient } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import { createTRPCOptionsProxy } from "@trpc/tanstack-react-query";
import superjson from "superjson";
import type { AppRouter } from "@docscan/api/router";

export type RouterOutputs = inferRouterOutputs<AppRouter>;
export type DocumentItem = RouterOutputs["documents"]["list"]["items"][number];
export type Topic = RouterOutputs["topics"]["list"][number];
export type Settings = RouterOutputs["settings"]["get"];

export const queryClient = new QueryClient({
  defaultOptions: {
    // staleTime 0: a page shown again refetches in the background (counts change as the worker runs).
    queries: { retry: 1, staleTime: 0 },
  },
});

const client = createTRPCClient<AppRouter>({
  links: [httpBatchLink({ url: "/trpc", transformer: superjson })],
});

export const trpc = createTRPCOptionsProxy<AppRouter>({ client, queryClient });
