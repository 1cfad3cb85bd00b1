import { health } from "../services/health.ts";
import { publicProcedure, router } from "../trpc.ts";
import { auditRouter } from "./audit.ts";
import { authRouter } from "./auth.ts";
import { correspondentsRouter } from "./correspondents.ts";
import { documentsRouter } from "./documents.ts";
import { fieldsRouter } from "./fields.ts";
import { foldersRouter } from "./folders.ts";
import { settingsRouter } from "./settings.ts";
import { jobsRouter } from "./jobs.ts";
import { mailRouter } from "./mail.ts";
import { reviewRouter } from "./review.ts";
import { topicsRouter } from "./topics.ts";
import { usageRouter } from "./usage.ts";
import { usersRouter } from "./users.ts";
import { viewsRouter } from "./views.ts";

export const appRouter = router({
  auth: authRouter,
  users: usersRouter,
  folders: foldersRouter,
  documents: documentsRouter,
  topics: topicsRouter,
  correspondents: correspondentsRouter,
  fields: fieldsRouter,
  settings: settingsRouter,
  review: reviewRouter,
  usage: usageRouter,
  jobs: jobsRouter,
  mail: mailRouter,
  audit: auditRouter,
  views: viewsRouter,
  health: publicProcedure.query(({ ctx }) => health(ctx, { details: ctx.user?.role === "admin" })),
});

export type AppRouter = typeof appRouter;
