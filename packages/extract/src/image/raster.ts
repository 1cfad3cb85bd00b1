// 8-bit grey images: what OCR gets. PGM is the cheapest container Tesseract's Leptonica reads (no compression).
export interface GrayImage {
  width: number;
  height: number;
  /** width × height bytes, row by row. */
  data: Uint8Array;
}

/** RGBA (straight alpha) to grey, with transparent pixels flattened onto white. */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, j = 0; j < data.length; i += 4, j++) {
    const luma = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
    const alpha = rgba[i + 3]!;
    data[j] = alpha === 255 ? luma : (luma * alpha + 255 * (255 - alpha) + 127) / 255;
  }
  return { width, height, data };
}

export function toPgm({ width, height, data }: GrayImage): Uint8Array {
  const header = Buffer.from(`P5\n${width} ${height}\n255\n`, "latin1");
  const out = new Uint8Array(header.length + data.length);
  out.set(header);
  out.set(data, header.length);
  return out;
}
