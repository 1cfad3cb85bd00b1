import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { Hono } from "hono";
import { requestId } from "hono/request-id";
import { secureHeaders } from "hono/secure-headers";
import { z } from "zod";
import { LIMITS, RateLimitedError } from "@docscan/shared";
import { ObjectNotFoundError } from "@docscan/storage";
import { authMiddleware, clientIp, isSecureRequest, type AuthEnv } from "./auth/middleware.ts";
import { createContext, type AppDeps } from "./context.ts";
import { internalErrorMessage, toTRPCError } from "./errors.ts";
import { OUTAGE_RETRY_AFTER_SECONDS } from "./outage.ts";
import { auditRoutes } from "./rest/audit.ts";
import { authRoutes, tokenRoutes } from "./rest/auth.ts";
import { documentRoutes } from "./rest/documents.ts";
import { trashRoutes } from "./rest/trash.ts";
import { folderRoutes } from "./rest/folders.ts";
import { viewRoutes } from "./rest/views.ts";
import { InputValidationError, limitBody } from "./rest/json-body.ts";
import { objectRoutes } from "./rest/objects.ts";
import type { RestRoutes } from "./rest/openapi.ts";
import { referenceRoutes } from "./rest/reference.ts";
import { reviewRoutes } from "./rest/review.ts";
import { topicRoutes } from "./rest/topics.ts";
import { correspondentRoutes } from "./rest/correspondents.ts";
import { fieldRoutes } from "./rest/fields.ts";
import { usageRoutes } from "./rest/usage.ts";
import { userRoutes } from "./rest/users.ts";
import { webhookRoutes } from "./rest/webhooks.ts";
import { appRouter } from "./router/index.ts";
import { health } from "./services/health.ts";
import { UploadError } from "./services/spool.ts";

type Env = AuthEnv;

const CONSOLE_CSP = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the console's pdf.js compile its WebAssembly decoders (CMYK/ICC colour via
  // qcms, JPEG 2000 via OpenJPEG). It allows WebAssembly only: eval() and new Function stay blocked.
  "script-src 'self' 'wasm-unsafe-eval'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * One status per error kind, shared by every REST route; unknown errors are logged and answered without
 * internals. Only the request's own input failing validation is a 400: a ZodError from elsewhere is a 500.
 */
export function errorResponse(err: unknown, deps: AppDeps, reqId: string): { status: number; body: { error: string; issues?: unknown } } {
  if (err instanceof UploadError) return { status: err.status, body: { error: err.message } };
  if (err instanceof InputValidationError) return { status: 400, body: { error: err.message, issues: z.flattenError(err.zodError) } };
  const mapped = toTRPCError(err);
  if (mapped) return { status: getHTTPStatusCodeFromError(mapped), body: { error: mapped.message } };
  if (err instanceof ObjectNotFoundError) {
    // Deleted while the request ran, or lost from storage: the log tells which.
    deps.log.error({ err, reqId }, "stored object missing");
    return { status: 404, body: { error: "the stored file is missing" } };
  }
  deps.log.error({ err, reqId }, "unhandled error");
  return { status: 500, body: { error: internalErrorMessage(reqId) } };
}

export function createApp(deps: AppDeps, opts: { webDistDir?: string } = {}): Hono<Env> {
  const app = new Hono<Env>();
  app.use(requestId());
  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    // Also on answers a handler built itself (tRPC, file streams): the id a 500 names, for the log.
    if (!c.res.headers.has("X-Request-Id")) c.res.headers.set("X-Request-Id", c.get("requestId"));
    deps.log.info(
      { reqId: c.get("requestId"), method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(performance.now() - start) },
      "request",
    );
  });
  app.use(secureHeaders({ contentSecurityPolicy: undefined }));
  // The console's policy, unless a route set a stricter one (downloads and previews are sandboxed).
  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has("Content-Security-Policy")) c.res.headers.set("Content-Security-Policy", CONSOLE_CSP);
  });

  app.onError((err, c) => {
    const { status, body } = errorResponse(err, deps, c.get("requestId"));
    if (err instanceof RateLimitedError) c.header("Retry-After", String(err.retryAfterSeconds));
    if (status === 503) {
      deps.log.warn({ err, reqId: c.get("requestId") }, "database or storage unavailable");
      c.header("Retry-After", String(OUTAGE_RETRY_AFTER_SECONDS));
    }
    return c.json(body, status as 400);
  });
  app.notFound((c) => c.json({ error: `no route for ${c.req.method} ${c.req.path}` }, 404));

  // Static console files need no identity; everything under /trpc and /api does.
  app.use("/trpc/*", authMiddleware(deps, { deferRefusal: true }));
  // The largest call the console makes (a bulk action on 500 documents) is a few dozen KiB.
  app.use("/trpc/*", limitBody(1024 * 1024));
  app.use("/api/*", authMiddleware(deps));

  app.all("/trpc/*", (c) =>
    fetchRequestHandler({
      endpoint: "/trpc",
      req: c.req.raw,
      router: appRouter,
      maxBatchSize: LIMITS.trpcBatchMax,
      createContext: ({ resHeaders }) =>
        createContext(deps, {
          requestId: c.get("requestId"),
          auth: c.get("auth"),
          refusal: c.get("refusal"),
          resHeaders,
          clientIp: clientIp(c, deps.trustProxy),
          secure: isSecureRequest(c, deps.trustProxy),
        }),
      // The database or the object store is away (errors.ts): the client may come back shortly.
      responseMeta: ({ errors }) =>
        errors.some((e) => e.code === "SERVICE_UNAVAILABLE") ? { headers: new Headers({ "Retry-After": String(OUTAGE_RETRY_AFTER_SECONDS) }) } : {},
      onError: ({ error, path }) => {
        if (error.code === "SERVICE_UNAVAILABLE") deps.log.warn({ err: error.cause ?? error, path, reqId: c.get("requestId") }, "database or storage unavailable");
        if (error.code === "INTERNAL_SERVER_ERROR") deps.log.error({ err: error.cause ?? error, path, reqId: c.get("requestId") }, "procedure failed");
      },
    }),
  );

  // Open to monitors; an admin's session or token also gets each check's detail.
  app.use("/healthz", authMiddleware(deps, { deferRefusal: true })); // a stale token still gets the status
  app.get("/healthz", async (c) => {
    const h = await health(deps, { details: c.get("auth").user?.role === "admin" });
    return c.json(h, h.status === "ok" ? 200 : 503);
  });

  // Every REST route is declared with its schemas, which also make the OpenAPI document (ADR 0022).
  const groups: RestRoutes[] = [
    authRoutes(deps),
    tokenRoutes(deps),
    userRoutes(deps),
    documentRoutes(deps),
    trashRoutes(deps),
    topicRoutes(deps),
    correspondentRoutes(deps),
    fieldRoutes(deps),
    folderRoutes(deps),
    viewRoutes(deps),
    reviewRoutes(deps),
    usageRoutes(deps),
    webhookRoutes(deps),
    auditRoutes(deps),
    objectRoutes(deps),
  ];
  groups.push(referenceRoutes(() => groups.flatMap((g) => g.operations)));
  for (const g of groups) app.route(g.base, g.app);

  if (opts.webDistDir && existsSync(join(opts.webDistDir, "index.html"))) {
    const root = relative(process.cwd(), opts.webDistDir) || ".";
    const indexHtml = readFile(join(opts.webDistDir, "index.html"), "utf8");
    app.use("/*", serveStatic({ root }));
    // Client-side routes fall back to the console's index.html.
    app.get("*", async (c) => (c.req.path.startsWith("/api/") ? c.notFound() : c.html(await indexHtml)));
  }

  return app;
}
