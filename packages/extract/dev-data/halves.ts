// The halves of the fields dev set as the ranker scripts read them (the JSONL files generate.ts writes).
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { LabelledDoc } from "./common.ts";

export const here = dirname(fileURLToPath(import.meta.url));
export const DEV_HALVES = ["dev-a", "dev-b", "dev-c", "dev-d", "dev-e"] as const;
/**
 * The halves the date ranker learns from: the development halves and the held-out halves whose misses were read —
 * heldout and heldout2 in round 6, heldout3 in round 7, heldout4 in round 8, heldout5 in round 9, heldout6 in round
 * 10, heldout7 in round 11, heldout8 in round 12, heldout9 in round 13, heldout10 in round 14, heldout11 in round 15
 * (they are development data now). Never heldout12. The total ranker still learns from DEV_HALVES only.
 */
export const DATE_TRAIN_HALVES = [...DEV_HALVES, "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11"] as const;
/**
 * Held-out halves the ablation reports. heldout12 (round 15) was written and committed before any round-15 reader
 * change, and is the only one no reader or ranker was fixed on; like heldout6 to heldout11, its mix follows what a
 * household or small office uploads. heldout11 was round 14's (measured once, now read).
 */
export const HELDOUT_HALVES = ["heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12"] as const;

export interface Half {
  name: string;
  docs: LabelledDoc[];
}

export function readHalf(name: string): Half {
  const docs = readFileSync(join(here, `${name}.jsonl`), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LabelledDoc);
  return { name, docs };
}
