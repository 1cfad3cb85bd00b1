// Straightening a skewed page before OCR (ADR 0036). A page scanned a few degrees askew loses whole blocks in
// Tesseract's layout analysis (the bench's pages turned 2.7–4° came back with only the address and closing,
// CER ≈ 0.8); read straightened they come back whole. The skew is found the way Leptonica's pixFindSkew
// (OCRmyPDF --deskew) finds it: the angle at which the rows of ink line up best (a projection profile).
import type { GrayImage } from "./raster.ts";

/** Angles searched, either way: scanners' skew is a few degrees; larger turns are OSD's (90° steps) business. */
const MAX_SKEW = 7;
/** Smaller skews are left alone: Tesseract follows them, and turning would only blur the picture. */
const MIN_SKEW = 0.3;
/**
 * The best angle's profile must be this much sharper than the worst one's; pages of text score 20–55, a page
 * without lines of text (a photo, noise, a sideways page) scores near 1 and is left as it is.
 */
const MIN_SHARPNESS = 3;
/** Ink is looked for at about this resolution (the estimate needs lines, not letters). */
const SAMPLE_DPI = 100;
/** Darker than this counts as ink: 128, so that ink is a pixel with its top bit clear (tested as such). */
const INK = 128;

/**
 * The page's skew in degrees: positive when its lines of text run turned clockwise (as seen, y down), negative
 * anticlockwise; 0 when it is straight within MIN_SKEW or has no lines of text to tell by.
 */
export function estimateSkew(image: GrayImage, dpi: number): number {
  const { width, height, data } = image;
  // Ink cells of k × k pixels (any pixel darker than INK), as points: column cx and row cy on the cell grid.
  // Typed arrays, grown as needed: a page has ~10⁵ of them, visited once per angle tried.
  const k = Math.max(1, Math.round(dpi / SAMPLE_DPI));
  const w = Math.floor(width / k);
  const h = Math.floor(height / k);
  let cxs: Int32Array = new Int32Array(4096);
  let cys: Int32Array = new Int32Array(4096);
  let n = 0;
  // A cell holds ink when one of its pixels is below INK, i.e. has the top bit clear: the AND of its pixels
  // has it clear. Reads the band's k rows in memory order, without a branch per pixel.
  const cells = new Uint8Array(w);
  for (let cy = 0; cy < h; cy++) {
    cells.fill(255);
    for (let y = cy * k; y < cy * k + k; y++) {
      for (let cx = 0, x = y * width; cx < w; cx++) {
        let all = cells[cx]!;
        for (const end = x + k; x < end; x++) all &= data[x]!;
        cells[cx] = all;
      }
    }
    for (let cx = 0; cx < w; cx++) {
      if ((cells[cx]! & INK) !== 0) continue;
      if (n === cxs.length) {
        cxs = grow(cxs);
        cys = grow(cys);
      }
      cxs[n] = cx;
      cys[n] = cy;
      n++;
    }
  }
  if (n === 0) return 0;
  const profile: Profile = { cxs, cys, n, w, bins: new Int32Array(h + w + 2), shift: new Int32Array(w) };
  const sharpness = (degrees: number) => profileSharpness(profile, degrees);
  let best = 0;
  let bestScore = -1;
  let worstScore = Infinity;
  for (let a = -MAX_SKEW; a <= MAX_SKEW + 1e-9; a += 0.25) {
    const score = sharpness(a);
    if (score > bestScore) [best, bestScore] = [a, score];
    worstScore = Math.min(worstScore, score);
  }
  if (bestScore < MIN_SHARPNESS * worstScore) return 0;
  const coarse = best;
  for (let a = coarse - 0.2; a <= coarse + 0.2 + 1e-9; a += 0.05) {
    const score = sharpness(a);
    if (score > bestScore) [best, bestScore] = [a, score];
  }
  // Lines running down to the right (clockwise) line up along a negative slope of the reading direction.
  const skew = -Math.round(best * 100) / 100;
  return Math.abs(skew) < MIN_SKEW ? 0 : skew;
}

interface Profile {
  /** The ink cells' columns and rows on the cell grid, n of them. */
  cxs: Int32Array;
  cys: Int32Array;
  n: number;
  /** Columns in the grid. */
  w: number;
  /** Scratch: the profile's rows, and a row shift per column. */
  bins: Int32Array;
  shift: Int32Array;
}

/**
 * How sharply the rows of ink stand out when the page is read along lines turned by `degrees`: the sum of
 * squared differences between neighbouring rows of the profile (lines of text line up: big steps). A cell
 * lands in profile row cy + round((cx - w/2) · slope), moved down by an offset to stay positive; the rounded
 * term depends on the column alone, so it is worked out once per column. (A function of its own, not a
 * closure made per page: V8 keeps its optimised code from page to page.)
 */
function profileSharpness({ cxs, cys, n, w, bins, shift }: Profile, degrees: number): number {
  const slope = Math.tan((degrees * Math.PI) / 180);
  const offset = Math.ceil(w / 2) + 1;
  for (let cx = 0; cx < w; cx++) shift[cx] = Math.round((cx - w / 2) * slope) + offset;
  bins.fill(0);
  // Cells come row by row, left to right, so neighbours mostly share a profile row: counted in a local until
  // the row changes (adding 1 to the same array slot cell after cell waits on each previous add).
  let row = 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const to = cys[i]! + shift[cxs[i]!]!;
    if (to === row) {
      count++;
    } else {
      bins[row]! += count;
      row = to;
      count = 1;
    }
  }
  bins[row]! += count;
  let sum = 0;
  for (let i = 1; i < bins.length; i++) {
    const step = bins[i]! - bins[i - 1]!;
    sum += step * step;
  }
  return sum;
}

function grow(a: Int32Array): Int32Array {
  const bigger = new Int32Array(a.length * 2);
  bigger.set(a);
  return bigger;
}

/**
 * The image turned by `degrees` clockwise (negative: anticlockwise) about its middle, bilinear, the same size;
 * paper (white) comes in at the corners, and what leaves the frame there is lost (a skewed scan's corners
 * beyond the paper are background).
 */
export function rotateGray({ width, height, data }: GrayImage, degrees: number): GrayImage {
  const out = new Uint8Array(width * height);
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    // Each output pixel samples the source at its position turned back.
    let sx = cos * -cx + sin * dy + cx;
    let sy = -sin * -cx + cos * dy + cy;
    for (let x = 0, to = y * width; x < width; x++, to++, sx += cos, sy -= sin) {
      const x0 = Math.floor(sx);
      const y0 = Math.floor(sy);
      if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) {
        out[to] = 255;
        continue;
      }
      const fx = sx - x0;
      const fy = sy - y0;
      const i = y0 * width + x0;
      const top = data[i]! + (data[i + 1]! - data[i]!) * fx;
      const bottom = data[i + width]! + (data[i + width + 1]! - data[i + width]!) * fx;
      out[to] = top + (bottom - top) * fy + 0.5;
    }
  }
  return { width, height, data: out };
}
