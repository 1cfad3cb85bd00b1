// What a page paints, from pdf.js's operator list: how much of it is covered by images, whether its text
// is visible, and whether it paints anything at all.
import type { PdfPage } from "./document.ts";
import { multiply, type Matrix, type PlacedImage } from "./page-images.ts";

export interface PageContent {
  /** Share of the page's area covered by images (summed, capped at 1). */
  imageCoverage: number;
  /** Text drawn in a visible render mode (not 3 "invisible" or 7 "clip", which OCR layers over scans use). */
  visibleText: boolean;
  /** Nothing is drawn: no text, paths, shadings or images. */
  blank: boolean;
  /**
   * A scan's resolution: pixels per inch of the one image covering at least SCAN_COVERAGE of the page (the
   * larger of its two directions); undefined when no image does.
   */
  scanDpi?: number;
}

/** An image covering this much of a page is the page's scan. */
const SCAN_COVERAGE = 0.9;

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** Area of the unit square (where images are painted) under `m`. */
const area = (m: Matrix) => Math.abs(m[0] * m[3] - m[1] * m[2]);

interface State {
  ctm: Matrix;
  textMode: number;
}

/** The area of the page's view (its crop box), in points squared. */
function viewArea(page: PdfPage): number {
  const [x0, y0, x1, y1] = page.view;
  return Math.abs((x1! - x0!) * (y1! - y0!)) || 1;
}

/** The pixels per inch of an image of `pixels` placed by `m`, the larger of its two directions. */
function imageDpi(m: Matrix, pixels: { width: number; height: number }): number {
  // The unit square's sides become the matrix's columns: the image's width and height on the page, in points.
  return Math.max((pixels.width * 72) / Math.hypot(m[0], m[1]), (pixels.height * 72) / Math.hypot(m[2], m[3]));
}

/**
 * What `pageContent` reports for a page that paints one image and nothing else (`PageImages.placedImage`),
 * without pdf.js's operator list, which would decode the image only to count it (rendering decodes it again).
 */
export function imagePageContent(page: PdfPage, { matrix, width, height }: PlacedImage): PageContent {
  const pageArea = viewArea(page);
  const covered = area(matrix);
  const scanDpi = covered >= SCAN_COVERAGE * pageArea ? imageDpi(matrix, { width, height }) : undefined;
  return { imageCoverage: Math.min(1, covered / pageArea), visibleText: false, blank: false, ...(scanDpi !== undefined && scanDpi > 0 && Number.isFinite(scanDpi) && { scanDpi }) };
}

export async function pageContent(page: PdfPage, OPS: Record<string, number>): Promise<PageContent> {
  const list = await page.getOperatorList();
  const pageArea = viewArea(page);
  const op = (name: string) => OPS[name] ?? -1;
  const text = new Set(["showText", "showSpacedText", "nextLineShowText", "nextLineSetSpacingShowText"].map(op));
  const painting = new Set(
    ["constructPath", "fill", "eoFill", "stroke", "closeStroke", "fillStroke", "eoFillStroke", "closeFillStroke",
      "closeEOFillStroke", "shadingFill", "paintSolidColorImageMask"].map(op),
  );

  let state: State = { ctm: IDENTITY, textMode: 0 };
  const stack: State[] = [];
  let covered = 0;
  let visibleText = false;
  let blank = true;
  let scanDpi: number | undefined;
  const image = (m: Matrix, pixels?: { width: number; height: number }) => {
    covered += area(m);
    blank = false;
    if (pixels && area(m) >= SCAN_COVERAGE * pageArea) scanDpi = imageDpi(m, pixels);
  };

  list.fnArray.forEach((fn, i) => {
    const args = (list.argsArray[i] ?? []) as unknown[];
    switch (fn) {
      case OPS.save:
        stack.push(state);
        break;
      case OPS.restore:
        state = stack.pop() ?? state;
        break;
      case OPS.transform:
        state = { ...state, ctm: multiply(state.ctm, args as number[]) };
        break;
      case OPS.paintFormXObjectBegin:
      case OPS.beginAnnotation: {
        stack.push(state);
        const matrix = (fn === OPS.beginAnnotation ? args[2] : args[0]) as number[] | null;
        if (Array.isArray(matrix) && matrix.length === 6) state = { ...state, ctm: multiply(state.ctm, matrix) };
        break;
      }
      case OPS.paintFormXObjectEnd:
      case OPS.endAnnotation:
        state = stack.pop() ?? state;
        break;
      case OPS.setTextRenderingMode:
        state = { ...state, textMode: Number(args[0]) };
        break;
      case OPS.paintImageXObject:
        // [id, width, height]
        image(state.ctm, { width: Number(args[1]), height: Number(args[2]) });
        break;
      case OPS.paintInlineImageXObject: {
        const data = args[0] as { width?: unknown; height?: unknown } | undefined;
        image(state.ctm, { width: Number(data?.width), height: Number(data?.height) });
        break;
      }
      case OPS.paintImageMaskXObject:
        image(state.ctm);
        break;
      case OPS.paintImageXObjectRepeat: {
        const [, scaleX, scaleY, positions] = args as [unknown, number, number, number[]];
        const placements = Math.max(1, (positions?.length ?? 0) / 2);
        for (let k = 0; k < placements; k++) image(multiply(state.ctm, [scaleX, 0, 0, scaleY, 0, 0]));
        break;
      }
      case OPS.paintInlineImageXObjectGroup:
      case OPS.paintImageMaskXObjectGroup:
      case OPS.paintImageMaskXObjectRepeat:
        // Small stencils (glyphs of Type 3 fonts and the like): paint, but rarely text worth OCR on their own.
        blank = false;
        break;
      default:
        if (text.has(fn)) {
          blank = false;
          if (state.textMode !== 3 && state.textMode !== 7) visibleText = true;
        } else if (painting.has(fn)) {
          blank = false;
        }
    }
  });
  return { imageCoverage: Math.min(1, covered / pageArea), visibleText, blank, ...(scanDpi !== undefined && scanDpi > 0 && Number.isFinite(scanDpi) && { scanDpi }) };
}
