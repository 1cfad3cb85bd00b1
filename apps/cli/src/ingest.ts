// Bulk import through the HTTP API: skips files already stored (same SHA-256), continues past
// failures, and is safe to re-run after an interruption.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { openAsBlob } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import { pipeline } from "node:stream/promises";

export interface IngestOptions {
  url: string;
  token?: string;
  concurrency: number;
  onProgress?: (p: IngestProgress) => void;
}
export interface IngestProgress {
  total: number;
  done: number;
  imported: number;
  duplicates: number;
  failed: number;
  current: string | null;
}
export interface IngestSummary {
  imported: { path: string; id: string }[];
  duplicates: { path: string; existingId: string }[];
  failed: { path: string; reason: string }[];
}

/** Expands folders recursively (hidden entries skipped), keeps the order given, and drops repeats. */
export async function collectFiles(paths: string[]): Promise<string[]> {
  const out = new Set<string>();
  async function walk(p: string): Promise<void> {
    const s = await stat(p);
    if (s.isDirectory()) {
      const entries = (await readdir(p)).filter((e) => !e.startsWith(".")).sort();
      for (const e of entries) await walk(join(p, e));
    } else if (s.isFile()) out.add(p);
  }
  for (const p of paths) await walk(p);
  return [...out];
}

async function sha256File(path: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(path), hash);
  return hash.digest("hex");
}

async function errorText(res: Response): Promise<string> {
  const body = await res.text();
  try {
    return (JSON.parse(body) as { error?: string }).error ?? body;
  } catch {
    return body || res.statusText;
  }
}

export async function ingest(paths: string[], opts: IngestOptions): Promise<IngestSummary> {
  const files = await collectFiles(paths);
  const summary: IngestSummary = { imported: [], duplicates: [], failed: [] };
  const headers: Record<string, string> = opts.token ? { authorization: `Bearer ${opts.token}` } : {};
  const base = opts.url.replace(/\/+$/, "");
  let done = 0;
  const report = (current: string | null) =>
    opts.onProgress?.({ total: files.length, done, imported: summary.imported.length, duplicates: summary.duplicates.length, failed: summary.failed.length, current });

  async function one(path: string): Promise<void> {
    report(path);
    try {
      const sha = await sha256File(path);
      const existing = await fetch(`${base}/api/documents?sha256=${sha}&perPage=1`, { headers });
      if (!existing.ok) throw new Error(`${existing.status}: ${await errorText(existing)}`);
      const found = ((await existing.json()) as { items: { id: string }[] }).items[0];
      if (found) {
        summary.duplicates.push({ path, existingId: found.id });
        return;
      }
      const form = new FormData();
      form.append("file", await openAsBlob(path), basename(path));
      const res = await fetch(`${base}/api/documents`, { method: "POST", body: form, headers });
      if (res.status !== 201) throw new Error(`${res.status}: ${await errorText(res)}`);
      const id = ((await res.json()) as { documents: { id: string }[] }).documents[0]!.id;
      summary.imported.push({ path, id });
    } catch (err) {
      const cause = (err as Error).cause as Error | undefined;
      summary.failed.push({ path, reason: cause?.message ? `${(err as Error).message} (${cause.message})` : (err as Error).message });
    } finally {
      done++;
      report(null);
    }
  }

  let next = 0;
  const lanes = Array.from({ length: Math.max(1, Math.min(opts.concurrency, files.length)) }, async () => {
    while (next < files.length) await one(files[next++]!);
  });
  await Promise.all(lanes);
  return summary;
}
