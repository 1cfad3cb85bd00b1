import { expect, it } from "vitest";
import { canvasPgm } from "../src/image/canvas.ts";
import { rotatePgm, toPgm } from "../src/image/raster.ts";

// 3 × 2:  1 2 3
//         4 5 6
const pgm = toPgm({ width: 3, height: 2, data: new Uint8Array([1, 2, 3, 4, 5, 6]) });
const pixels = (p: Uint8Array | null) => [...p!.subarray(p!.length - 6)];
const header = (p: Uint8Array | null) => Buffer.from(p!.subarray(0, p!.length - 6)).toString("latin1");

it("turns a PGM clockwise by 90, 180 and 270 degrees", () => {
  expect(header(rotatePgm(pgm, 90))).toBe("P5\n2 3\n255\n");
  expect(pixels(rotatePgm(pgm, 90))).toEqual([4, 1, 5, 2, 6, 3]);
  expect(pixels(rotatePgm(pgm, 180))).toEqual([6, 5, 4, 3, 2, 1]);
  expect(pixels(rotatePgm(pgm, 270))).toEqual([3, 6, 2, 5, 1, 4]);
});

it("leaves anything that is not a complete binary 8-bit PGM alone", () => {
  expect(rotatePgm(new TextEncoder().encode("P2\n1 1\n255\n0\n"), 180)).toBeNull();
  expect(rotatePgm(pgm.subarray(0, pgm.length - 1), 90)).toBeNull();
});

it("turns a canvas into a grey PGM: luma of each colour, transparency as white paper", async () => {
  const { createCanvas, ImageData } = await import("@napi-rs/canvas");
  const canvas = createCanvas(6, 1);
  // Straight (not premultiplied) RGBA: black, white, red, green, blue, and black at half opacity.
  const rgba = [0, 0, 0, 255, 255, 255, 255, 255, 255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 0, 0, 0, 128];
  canvas.getContext("2d").putImageData(new ImageData(new Uint8ClampedArray(rgba), 6, 1), 0, 0);
  const pgm = canvasPgm(canvas);
  expect(header(pgm)).toBe("P5\n6 1\n255\n");
  // BT.601 in 256ths: red 77, green 150, blue 29; half-transparent black over white is mid grey.
  expect([...pgm.subarray(pgm.length - 6)]).toEqual([0, 255, 76, 149, 28, 127]);
  const empty = canvasPgm(createCanvas(2, 2));
  expect([...empty.subarray(empty.length - 4)]).toEqual([255, 255, 255, 255]);
});
