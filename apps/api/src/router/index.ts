import { health } from "../services/health.ts";
import { publicProcedure, router } from "../trpc.ts";
import { documentsRouter } from "./documents.ts";
import { settingsRouter } from "./settings.ts";
import { topicsRouter } from "./topics.ts";

export const appRouter = router({
  documents: documentsRouter,
  topics: topicsRouter,
  settings: settingsRouter,
  health: publicProcedure.query(({ ctx }) => health(ctx)),
});

export type AppRouter = typeof appRouter;
