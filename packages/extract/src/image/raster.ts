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

/** The pixels of a binary PGM as `toPgm` writes it (no copy); null for anything else. */
export function parsePgm(pgm: Uint8Array): GrayImage | null {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(Buffer.from(pgm.buffer, pgm.byteOffset, Math.min(pgm.length, 40)).toString("latin1"));
  if (!header) return null;
  const width = Number(header[1]);
  const height = Number(header[2]);
  const data = pgm.subarray(header[0].length);
  return data.length === width * height ? { width, height, data } : null;
}

/** A binary PGM (as `toPgm` writes it) turned clockwise by 90, 180 or 270 degrees; null for anything else. */
export function rotatePgm(pgm: Uint8Array, degrees: 90 | 180 | 270): Uint8Array | null {
  const image = parsePgm(pgm);
  if (!image) return null;
  const { width, height, data } = image;
  const turned = new Uint8Array(data.length);
  if (degrees === 180) {
    for (let i = 0; i < data.length; i++) turned[i] = data[data.length - 1 - i]!;
    return toPgm({ width, height, data: turned });
  }
  // Clockwise 90: the new row y is the old column y read bottom-up; 270 reads it top-down, columns reversed.
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const to = degrees === 90 ? x * height + (height - 1 - y) : (width - 1 - x) * height + y;
      turned[to] = data[y * width + x]!;
    }
  }
  return toPgm({ width: height, height: width, data: turned });
}
