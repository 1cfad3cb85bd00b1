// The audit log for scripts (ADR 0024): the same listing as tRPC's audit.list, and the CSV export the
// console links to. Read-only: there is no route that changes an entry.
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_OBJECT_TYPES, auditListInputSchema } from "@docscan/shared/audit";
import { requireUser } from "../auth/middleware.ts";
import type { AppDeps } from "../context.ts";
import { auditCsv, listAuditFor } from "../services/audit.ts";
import { RestRoutes } from "./openapi.ts";

const listQuerySchema = auditListInputSchema.extend({
  limit: z.coerce.number({ message: "limit must be a number" }).int().min(1).max(200).default(50),
});
const exportQuerySchema = auditListInputSchema.omit({ cursor: true, limit: true });

const json = z.unknown().nullable();
const entrySchema = z.object({
  id: z.number().int(),
  at: z.string().describe("ISO 8601"),
  actorId: z.string().nullable().describe("The user who acted; null for the command line and for failed sign-ins."),
  actorEmail: z.string().nullable(),
  tokenId: z.string().nullable().describe("Set when the request came with an API token."),
  tokenName: z.string().nullable(),
  ip: z.string().nullable(),
  action: z.enum(AUDIT_ACTIONS),
  objectType: z.enum(AUDIT_OBJECT_TYPES),
  objectId: z.string().nullable(),
  objectLabel: z.string().nullable().describe("What the object was called then (a file name, a topic, an email)."),
  before: json,
  after: json,
});
const pageSchema = z.object({ items: z.array(entrySchema), nextCursor: z.string().nullable().describe("Pass as `cursor` for the next (older) page.") });

export function auditRoutes(deps: AppDeps): RestRoutes {
  const routes = new RestRoutes("/api/audit", "audit");

  routes.route(
    {
      method: "get",
      path: "/",
      summary: "The audit log: who did what, and when",
      description: "Newest first. Admins see everyone's entries and may filter by `userId`; members see their own entries only.",
      query: listQuerySchema,
      responses: { 200: { description: "One page of entries.", schema: pageSchema } },
    },
    async (c, { query }) => c.json(await listAuditFor(deps.db, requireUser(c), query)),
  );

  routes.route(
    {
      method: "get",
      path: "/export",
      summary: "The audit log as CSV",
      description: "Every entry matching the filters (no paging), newest first, as a CSV attachment. Members get their own entries.",
      query: exportQuerySchema,
      responses: { 200: { description: "CSV with a header row.", contentType: "text/csv" } },
    },
    async (c, { query }) => {
      const lines = auditCsv(deps.db, requireUser(c), query);
      const body = new ReadableStream<Uint8Array>({
        async pull(controller) {
          const next = await lines.next();
          if (next.done) controller.close();
          else controller.enqueue(new TextEncoder().encode(next.value));
        },
        async cancel() {
          await lines.return(undefined);
        },
      });
      const day = new Date().toISOString().slice(0, 10);
      return new Response(body, {
        headers: {
          "Content-Type": "text/csv; charset=utf-8",
          "Content-Disposition": `attachment; filename="docscan-audit-${day}.csv"`,
          "Cache-Control": "private, no-store",
          "X-Content-Type-Options": "nosniff",
        },
      });
    },
  );

  return routes;
}
