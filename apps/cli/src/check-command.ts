// `pnpm docscan check [--repair] [--sample N]` (issue 18, ADR 0023): the integrity check from the command line.
import { parseArgs } from "node:util";
import { runCheck, saveLastCheck, type CheckReport, type CheckSection } from "@docscan/integrity";
import { loadInstanceEnv, openInstance } from "./instance.ts";

export const CHECK_USAGE = `  pnpm docscan check [--repair] [--sample N]
      Checks that every document's original is in storage with its recorded size and SHA-256 (--sample N:
      that many, at random), and looks for objects no document names, vanished thumbnails, text missing
      after extraction, documents stuck mid-pipeline and wrong quota counters. --repair removes orphans
      older than a day, queues stuck documents again, recomputes counters; a missing original is reported,
      never repaired by deleting its row. Exit code 0 when all is well (or repaired), 2 when problems
      remain, 1 when it could not run. The worker runs the same check weekly; admins see the last result.`;

const SECTIONS: [keyof CheckReport, string][] = [
  ["missingOriginals", "originals missing from storage"],
  ["damagedOriginals", "originals not matching their size or SHA-256"],
  ["orphans", "objects no document names (older than a day)"],
  ["missingThumbnails", "thumbnails missing from storage"],
  ["missingText", "documents without text after extraction"],
  ["stuckDocuments", "documents stuck mid-pipeline"],
  ["counters", "users whose quota counters are wrong"],
];

export function formatReport(report: CheckReport): string {
  const lines = [`checked ${report.originalsChecked} of ${report.documents} document${report.documents === 1 ? "" : "s"}${report.sampled ? " (a random sample)" : ""}`];
  for (const [key, label] of SECTIONS) {
    const s = report[key] as CheckSection;
    lines.push(`${label}: ${s.found}${report.repair && s.repaired ? `, repaired ${s.repaired}` : ""}`);
    for (const item of s.items) lines.push(`  ${item.id}: ${item.detail}`);
    if (s.items.length < s.found) lines.push(`  … and ${s.found - s.items.length} more`);
  }
  if (report.unrepaired.length) lines.push("not repaired:", ...report.unrepaired.map((u) => `  ${u}`));
  const repairable = SECTIONS.slice(2).some(([key]) => (report[key] as CheckSection).found > 0);
  if (!report.repair && repairable) lines.push("run with --repair to fix what can be fixed");
  lines.push(report.ok ? "all is well" : "problems remain");
  return lines.join("\n");
}

export async function runCheckCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { repair: { type: "boolean", default: false }, sample: { type: "string" } } });
  const sample = values.sample === undefined ? undefined : Number(values.sample);
  if (positionals.length > 0 || (sample !== undefined && (!Number.isInteger(sample) || sample < 1))) {
    process.stderr.write(`usage:\n${CHECK_USAGE}\n`);
    return 1;
  }
  const instance = await openInstance(loadInstanceEnv());
  try {
    const report = await runCheck({ db: instance.database.db, store: instance.store }, { repair: values.repair, sample });
    await saveLastCheck(instance.database.db, report);
    process.stdout.write(`${formatReport(report)}\n`);
    return report.ok ? 0 : 2;
  } finally {
    await instance.close();
  }
}
