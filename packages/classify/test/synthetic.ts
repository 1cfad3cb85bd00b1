// A small made-up collection whose topics' names and descriptions say almost
// nothing: only confirmed examples can teach the vocabulary of each.
import type { LabeledExample, TopicRef } from "../src/index.ts";

export const PROJECT_TOPICS: TopicRef[] = [
  { id: "t-falcon", name: "Falcon", description: "Papers for the Falcon project." },
  { id: "t-heron", name: "Heron", description: "Papers for the Heron project." },
  { id: "t-club", name: "Club", description: "Papers from the club." },
];

const VOCABULARY: Record<string, string[]> = {
  "t-falcon": ["turbine", "rotor blade", "wind farm", "generator", "offshore platform", "gearbox", "nacelle", "anemometer"],
  "t-heron": ["bridge deck", "concrete pour", "steel girder", "pylon", "suspension cable", "foundation pile", "expansion joint", "abutment"],
  "t-club": ["regatta", "rowing boat", "oar", "coxswain", "boathouse", "sculling", "river crossing", "crew training"],
};
const FRAMES = [
  "Report on the {0} and the {1}; the {2} needs attention before Friday.",
  "Minutes: we discussed the {0}. Next steps for the {1} and the {2} were agreed.",
  "Inspection of the {0} found wear. Replace the {1} and check the {2}.",
  "Budget note: the {0} costs more than planned, the {1} less; the {2} is on hold.",
];

/** The i-th document of a topic: three of its words in one of four frames. */
export function syntheticDocument(topicId: string, i: number): string {
  const words = VOCABULARY[topicId]!;
  const pick = (k: number) => words[(i * 3 + k * 5 + Math.floor(i / 4)) % words.length]!;
  return FRAMES[i % FRAMES.length]!.replace("{0}", pick(0)).replace("{1}", pick(1)).replace("{2}", pick(2));
}

export function syntheticExamples(perTopic: number, offset = 0): LabeledExample[] {
  return PROJECT_TOPICS.flatMap((t) =>
    Array.from({ length: perTopic }, (_, i) => ({ text: syntheticDocument(t.id, offset + i), topicIds: [t.id] })),
  );
}
