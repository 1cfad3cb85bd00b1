// The audit log (ADR 0024): queries only; no procedure changes an entry.
import { z } from "zod";
import { idSchema } from "@docscan/shared";
import { auditListInputSchema } from "@docscan/shared/audit";
import { documentAuditFor, listAuditFor } from "../services/audit.ts";
import { protectedProcedure, router } from "../trpc.ts";

export const auditRouter = router({
  /** Newest first. Admins: everyone's entries, filtered; members: their own (the user filter is ignored). CSV: GET /api/audit/export. */
  list: protectedProcedure.input(auditListInputSchema).query(({ ctx, input }) => listAuditFor(ctx.db, ctx.user, input)),

  /** A document's own history, for its page. */
  document: protectedProcedure.input(z.object({ id: idSchema })).query(({ ctx, input }) => documentAuditFor(ctx.db, ctx.user, input.id)),
});
