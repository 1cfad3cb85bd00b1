// Writes the fields dev set (issue 17): dev-a.jsonl to dev-e.jsonl (layouts the readers may be fixed against)
// and heldout.jsonl, heldout2.jsonl, heldout3.jsonl, heldout4.jsonl, heldout5.jsonl, heldout6.jsonl, heldout7.jsonl, heldout8.jsonl, heldout9.jsonl, heldout10.jsonl, heldout11.jsonl, heldout12.jsonl (other layouts and phrasing, only reported). Deterministic: same seed, same files.
//   node --import tsx packages/extract/dev-data/generate.ts
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { rng, type LabelledDoc, type Lang, type Rng } from "./common.ts";
import { DEV_A_TEMPLATES, devALangs } from "./dev-a.ts";
import { DEV_B_TEMPLATES, devBLangs } from "./dev-b.ts";
import { DEV_C_TEMPLATES, devCLangs } from "./dev-c.ts";
import { DEV_D_TEMPLATES, devDLangs } from "./dev-d.ts";
import { DEV_E_TEMPLATES, devELangs } from "./dev-e.ts";
import { HELDOUT_TEMPLATES, heldoutLangs } from "./heldout.ts";
import { HELDOUT2_TEMPLATES, heldout2Langs } from "./heldout2.ts";
import { HELDOUT3_TEMPLATES, heldout3Langs } from "./heldout3.ts";
import { HELDOUT4_TEMPLATES, heldout4Langs } from "./heldout4.ts";
import { HELDOUT5_TEMPLATES, heldout5Langs } from "./heldout5.ts";
import { HELDOUT6_TEMPLATES, heldout6Langs } from "./heldout6.ts";
import { HELDOUT7_TEMPLATES, heldout7Langs } from "./heldout7.ts";
import { HELDOUT8_TEMPLATES, heldout8Langs } from "./heldout8.ts";
import { HELDOUT9_TEMPLATES, heldout9Langs } from "./heldout9.ts";
import { HELDOUT10_TEMPLATES, heldout10Langs } from "./heldout10.ts";
import { HELDOUT11_TEMPLATES, heldout11Langs } from "./heldout11.ts";
import { HELDOUT12_TEMPLATES, heldout12Langs } from "./heldout12.ts";

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
write("dev-a.jsonl", build(DEV_A_TEMPLATES, devALangs, 17, 3));
write("dev-b.jsonl", build(DEV_B_TEMPLATES, devBLangs, 1717, 3));
write("dev-c.jsonl", build(DEV_C_TEMPLATES, devCLangs, 2727, 2));
write("dev-d.jsonl", build(DEV_D_TEMPLATES, devDLangs, 3737, 3));
write("dev-e.jsonl", build(DEV_E_TEMPLATES, devELangs, 4747, 3));
write("heldout.jsonl", build(HELDOUT_TEMPLATES, heldoutLangs, 5757, 3));
write("heldout2.jsonl", build(HELDOUT2_TEMPLATES, heldout2Langs, 6767, 3));
write("heldout3.jsonl", build(HELDOUT3_TEMPLATES, heldout3Langs, 7878, 3));
write("heldout4.jsonl", build(HELDOUT4_TEMPLATES, heldout4Langs, 8989, 3));
write("heldout5.jsonl", build(HELDOUT5_TEMPLATES, heldout5Langs, 9191, 3));
write("heldout6.jsonl", build(HELDOUT6_TEMPLATES, heldout6Langs, 9393, 3));
write("heldout7.jsonl", build(HELDOUT7_TEMPLATES, heldout7Langs, 9797, 3));
write("heldout8.jsonl", build(HELDOUT8_TEMPLATES, heldout8Langs, 9919, 3));
write("heldout9.jsonl", build(HELDOUT9_TEMPLATES, heldout9Langs, 9929, 3));
write("heldout10.jsonl", build(HELDOUT10_TEMPLATES, heldout10Langs, 9949, 3));
write("heldout11.jsonl", build(HELDOUT11_TEMPLATES, heldout11Langs, 9959, 3));
write("heldout12.jsonl", build(HELDOUT12_TEMPLATES, heldout12Langs, 9969, 3));
