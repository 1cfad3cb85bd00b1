// Pixel dimensions from image headers, read before any decoder allocates, plus a check that the file is
// complete: the canvas decoder silently returns a partly grey picture for a truncated PNG or JPEG.
import { ExtractionError } from "../errors.ts";

export type RasterType = "image/png" | "image/jpeg" | "image/gif" | "image/bmp" | "image/webp";

export interface ImageSize {
  width: number;
  height: number;
}

const LABELS: Record<RasterType, string> = {
  "image/png": "PNG",
  "image/jpeg": "JPEG",
  "image/gif": "GIF",
  "image/bmp": "BMP",
  "image/webp": "WebP",
};

export function readImageSize(bytes: Uint8Array, mime: RasterType): ImageSize {
  const label = LABELS[mime];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let size: ImageSize;
  try {
    size = READERS[mime](bytes, view);
  } catch (e) {
    if (e instanceof ExtractionError) throw e;
    // A DataView read past the end: the header itself is cut off.
    throw new ExtractionError("corrupt", `${label} image is truncated`, { cause: e });
  }
  if (!(size.width > 0 && size.height > 0)) throw new ExtractionError("corrupt", `${label} image has no pixels`);
  return size;
}

const truncated = (label: string) => new ExtractionError("corrupt", `${label} image is truncated`);
const invalid = (label: string, why: string) => new ExtractionError("corrupt", `${label} image is invalid: ${why}`);

const READERS: Record<RasterType, (bytes: Uint8Array, view: DataView) => ImageSize> = {
  "image/png": png,
  "image/jpeg": jpeg,
  "image/gif": gif,
  "image/bmp": bmp,
  "image/webp": webp,
};

function png(bytes: Uint8Array, view: DataView): ImageSize {
  if (view.getUint32(12) !== 0x49484452) throw invalid("PNG", "IHDR is not the first chunk");
  const size = { width: view.getUint32(16), height: view.getUint32(20) };
  for (let at = 8; ; ) {
    if (at + 12 > bytes.length) throw truncated("PNG");
    const length = view.getUint32(at);
    const type = view.getUint32(at + 4);
    at += 12 + length;
    if (at > bytes.length) throw truncated("PNG");
    if (type === 0x49454e44) return size; // IEND
  }
}

function jpeg(bytes: Uint8Array, view: DataView): ImageSize {
  let size: ImageSize | undefined;
  let at = 2;
  for (;;) {
    if (at + 4 > bytes.length) throw truncated("JPEG");
    if (bytes[at] !== 0xff) throw invalid("JPEG", `no marker at byte ${at}`);
    const marker = bytes[at + 1]!;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    const length = view.getUint16(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame && !size) size = { height: view.getUint16(at + 5), width: view.getUint16(at + 7) };
    if (marker === 0xda) break; // start of scan: entropy-coded data follows
    at += 2 + length;
  }
  if (!size) throw invalid("JPEG", "no frame header before the image data");
  // Scan data byte-stuffs 0xFF, so FF D9 after the first scan can only be the end-of-image marker.
  if (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).lastIndexOf(EOI) < at) throw truncated("JPEG");
  return size;
}
const EOI = Buffer.from([0xff, 0xd9]);

function gif(bytes: Uint8Array, view: DataView): ImageSize {
  const screen = { width: view.getUint16(6, true), height: view.getUint16(8, true) };
  const colorTable = (flags: number) => (flags & 0x80 ? 3 << ((flags & 7) + 1) : 0);
  let at = 13 + colorTable(bytes[10]!);
  const skipSubBlocks = () => {
    for (;;) {
      if (at >= bytes.length) throw truncated("GIF");
      const n = bytes[at]!;
      at += 1 + n;
      if (n === 0) return;
    }
  };
  for (;;) {
    if (at >= bytes.length) throw truncated("GIF");
    const block = bytes[at];
    if (block === 0x21) {
      at += 2;
      skipSubBlocks();
    } else if (block === 0x2c) {
      // The first frame is the one we read; it must be complete and may be larger than the screen.
      const frame = { width: view.getUint16(at + 5, true), height: view.getUint16(at + 7, true) };
      at += 10 + colorTable(bytes[at + 9]!) + 1;
      skipSubBlocks();
      if (at > bytes.length) throw truncated("GIF");
      return { width: Math.max(screen.width, frame.width), height: Math.max(screen.height, frame.height) };
    } else if (block === 0x3b) {
      throw invalid("GIF", "it has no frames");
    } else {
      throw invalid("GIF", `unknown block 0x${block!.toString(16)}`);
    }
  }
}

function bmp(bytes: Uint8Array, view: DataView): ImageSize {
  const dataOffset = view.getUint32(10, true);
  const headerSize = view.getUint32(14, true);
  const core = headerSize === 12;
  const width = core ? view.getUint16(18, true) : view.getInt32(18, true);
  const height = Math.abs(core ? view.getInt16(20, true) : view.getInt32(22, true));
  const bitsPerPixel = view.getUint16(core ? 24 : 28, true);
  const compression = core ? 0 : view.getUint32(30, true);
  // Uncompressed rows have a known size; RLE and embedded JPEG/PNG do not.
  if ([0, 3, 6].includes(compression) && width > 0) {
    const rowBytes = Math.floor((bitsPerPixel * width + 31) / 32) * 4;
    if (dataOffset + rowBytes * height > bytes.length) throw truncated("BMP");
  }
  return { width, height };
}

function webp(bytes: Uint8Array, view: DataView): ImageSize {
  if (8 + view.getUint32(4, true) > bytes.length) throw truncated("WebP");
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk === "VP8 ") return { width: view.getUint16(26, true) & 0x3fff, height: view.getUint16(28, true) & 0x3fff };
  if (chunk === "VP8L") {
    const bits = view.getUint32(21, true);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === "VP8X") {
    const u24 = (at: number) => bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16);
    return { width: u24(24) + 1, height: u24(27) + 1 };
  }
  throw invalid("WebP", `unknown chunk "${chunk}"`);
}
