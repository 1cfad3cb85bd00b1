import { describe, expect, it } from "vitest";
import { DEFAULT_TOPIC_COLOR, nextTopicColor, nextTopicColors, TOPIC_COLORS, topicCreateSchema, topicInputSchema } from "../src/index.ts";

describe("topic colours", () => {
  it("picks the first palette colour not in use, whatever its case; repeats in order once all are used", () => {
    expect(nextTopicColor([])).toBe(DEFAULT_TOPIC_COLOR);
    expect(nextTopicColor([DEFAULT_TOPIC_COLOR, "#EF4444", "#123456"])).toBe(TOPIC_COLORS[2]);
    expect(nextTopicColor([TOPIC_COLORS[1]])).toBe(TOPIC_COLORS[0]);
    expect(nextTopicColor([...TOPIC_COLORS])).toBe(TOPIC_COLORS[0]);
    expect(nextTopicColor([...TOPIC_COLORS, TOPIC_COLORS[4]])).toBe(TOPIC_COLORS[1]);
    expect(new Set(TOPIC_COLORS).size).toBe(TOPIC_COLORS.length);
  });

  it("gives topics created together (a split) colours unlike each other and the used ones", () => {
    expect(nextTopicColors([TOPIC_COLORS[0], TOPIC_COLORS[2]], 3)).toEqual([TOPIC_COLORS[1], TOPIC_COLORS[3], TOPIC_COLORS[4]]);
    expect(nextTopicColors([], 0)).toEqual([]);
  });

  it("leaves a create without a colour to the server, which picks one beside the owner's topics", () => {
    expect(topicCreateSchema.parse({ name: "Tax" })).toEqual({ name: "Tax", description: "" });
    expect(topicCreateSchema.parse({ name: "Tax", color: "#ABCDEF" }).color).toBe("#ABCDEF");
    expect(topicInputSchema.parse({ name: "Tax" }).color).toBe(DEFAULT_TOPIC_COLOR);
  });
});
