import { readFile } from "node:fs/promises";
import { z } from "zod";
import { resolveProvider } from "@docscan/classify";
import { readAiSettings } from "@docscan/db";
import { readLastCheck } from "@docscan/integrity";
import type { AppDeps } from "../context.ts";

export interface Check {
  ok: boolean;
  detail?: string;
}
export interface Health {
  status: "ok" | "degraded";
  checks: {
    db: Check;
    storage: Check;
    ai: Check & { provider?: "local" | "openai" };
    /** Under `pnpm start` only: are the processes its supervisor runs up? Which ones are in a crash loop. */
    processes?: Check & { crashLoop: string[] };
  };
  /**
   * Admins only: the last integrity check (`pnpm docscan check` or the weekly job), null before the first.
   * Not part of `status`: a file missing from storage is no reason for a monitor to restart the service.
   */
  integrity?: { at: string; repair: boolean; ok: boolean; documents: number; unrepaired: string[]; found: Record<string, number> } | null;
}

// What apps/cli's supervisor writes (supervisor-state.ts); only the fields read here.
const supervisorStateSchema = z.object({
  services: z.array(
    z.object({
      name: z.string(),
      status: z.string(),
      restarts: z.number(),
      crashLoop: z.boolean(),
      lastExit: z.object({ code: z.number().nullable(), signal: z.string().nullable(), at: z.string(), reason: z.string().optional() }).nullable(),
    }),
  ),
});

async function processesCheck(path: string): Promise<NonNullable<Health["checks"]["processes"]>> {
  let state: z.infer<typeof supervisorStateSchema>;
  try {
    state = supervisorStateSchema.parse(JSON.parse(await readFile(path, "utf8")));
  } catch (err) {
    return { ok: false, crashLoop: [], detail: `cannot read the supervisor's state: ${(err as Error).message}` };
  }
  const down = state.services.filter((s) => s.status !== "running" || s.crashLoop);
  const crashLoop = state.services.filter((s) => s.crashLoop).map((s) => s.name);
  const detail = state.services
    .map((s) => {
      const exit = s.lastExit ? `, last exit ${s.lastExit.signal ?? `code ${s.lastExit.code}`} at ${s.lastExit.at}${s.lastExit.reason ? ` (${s.lastExit.reason})` : ""}` : "";
      return `${s.name}: ${s.crashLoop ? "crash loop, " : ""}${s.status}, ${s.restarts} restart(s)${exit}`;
    })
    .join("; ");
  return { ok: down.length === 0, crashLoop, detail };
}

async function check(fn: () => Promise<string | void>): Promise<Check> {
  try {
    const detail = await fn();
    return detail ? { ok: true, detail } : { ok: true };
  } catch (err) {
    return { ok: false, detail: (err as Error).message };
  }
}

/**
 * Cheap checks only: the AI check reports the provider in use, it does not call (or bill) the model.
 * A failed check's detail (a connection error, a path) is logged, and shown only to admins (`details`).
 */
export async function health(deps: AppDeps, { details }: { details: boolean }): Promise<Health> {
  const [db, storage, processes] = await Promise.all([
    check(() => deps.pingDb()),
    check(() => deps.storage.health()),
    deps.supervisorStatePath ? processesCheck(deps.supervisorStatePath) : undefined,
  ]);
  let ai: Health["checks"]["ai"];
  try {
    const settings = await readAiSettings(deps.db, deps.secretKey, deps.aiDefaults);
    const provider = resolveProvider(settings);
    ai = { ok: true, provider, detail: provider === "openai" ? `model ${settings.model}` : "offline classifier" };
  } catch (err) {
    ai = { ok: false, detail: (err as Error).message };
  }
  const checks: Health["checks"] = { db, storage, ai, ...(processes ? { processes } : {}) };
  for (const [name, c] of Object.entries(checks)) if (!c.ok) deps.log.warn({ check: name, detail: c.detail }, "health check failed");
  const status = Object.values(checks).every((c) => c.ok) ? "ok" : "degraded";
  if (!details) {
    for (const c of Object.values(checks)) delete c.detail;
    return { status, checks };
  }
  return { status, checks, integrity: await lastIntegrityCheck(deps) };
}

async function lastIntegrityCheck(deps: AppDeps): Promise<Health["integrity"]> {
  const report = await readLastCheck(deps.db).catch((err: unknown) => {
    deps.log.warn({ err }, "could not read the last integrity check");
    return null;
  });
  if (!report) return null;
  const sections = ["missingOriginals", "damagedOriginals", "orphans", "missingThumbnails", "missingText", "stuckDocuments", "counters"] as const;
  return {
    at: report.finishedAt,
    repair: report.repair,
    ok: report.ok,
    documents: report.documents,
    unrepaired: report.unrepaired,
    found: Object.fromEntries(sections.map((k) => [k, report[k].found - report[k].repaired])),
  };
}
