export { arrayLiteral, databaseNow, DOCSCAN_KEY, findOrphans, ORPHAN_FLOOR, ORPHAN_SHARE, type OrphanScan } from "./orphans.ts";
export { CHECK_ORPHAN_GRACE_MS, runCheck, STUCK_AFTER_MS, type CheckOptions, type CheckReport, type CheckSection, type Finding } from "./check.ts";
export { readLastCheck, saveLastCheck } from "./last-check.ts";
