// Writes the fields dev set (issue 17): dev.jsonl (layouts the parser may be fixed against) and heldout.jsonl
// (other layouts and phrasing, written first, only reported). Deterministic: same seed, same files.
//   node --import tsx packages/extract/dev-data/generate.ts
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { rng, type LabelledDoc, type Lang, type Rng } from "./common.ts";
import { DEV_TEMPLATES, devLangs } from "./dev.ts";
import { HELDOUT_TEMPLATES, heldoutLangs } from "./heldout.ts";

type Template = (r: Rng, lang: Lang) => LabelledDoc;

function build(templates: Template[], langs: (t: Template) => Lang[], seed: number, rounds: number): LabelledDoc[] {
  const r = rng(seed);
  const docs: LabelledDoc[] = [];
  for (let round = 0; round < rounds; round++) for (const t of templates) for (const lang of langs(t)) docs.push(t(r, lang));
  return docs;
}

const here = dirname(fileURLToPath(import.meta.url));
const write = (name: string, docs: LabelledDoc[]) => {
  writeFileSync(join(here, name), docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
  process.stdout.write(`${name}: ${docs.length} documents\n`);
};
write("dev.jsonl", build(DEV_TEMPLATES, devLangs, 17, 3));
write("heldout.jsonl", build(HELDOUT_TEMPLATES, heldoutLangs, 1717, 3));
