import { resolveProvider } from "@docscan/classify";
import { readAiSettings } from "@docscan/db";
import type { AppDeps } from "../context.ts";

export interface Check {
  ok: boolean;
  detail?: string;
}
export interface Health {
  status: "ok" | "degraded";
  checks: { db: Check; storage: Check; ai: Check & { provider?: "local" | "openai" } };
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
  const [db, storage] = await Promise.all([check(() => deps.pingDb()), check(() => deps.storage.health())]);
  let ai: Health["checks"]["ai"];
  try {
    const settings = await readAiSettings(deps.db, deps.secretKey, deps.aiDefaults);
    const provider = resolveProvider(settings);
    ai = { ok: true, provider, detail: provider === "openai" ? `model ${settings.model}` : "offline classifier" };
  } catch (err) {
    ai = { ok: false, detail: (err as Error).message };
  }
  const checks = { db, storage, ai };
  for (const [name, c] of Object.entries(checks)) if (!c.ok) deps.log.warn({ check: name, detail: c.detail }, "health check failed");
  const status = db.ok && storage.ok && ai.ok ? "ok" : "degraded";
  if (!details) for (const c of Object.values(checks)) delete c.detail;
  return { status, checks };
}
