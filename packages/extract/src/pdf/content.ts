// What a page paints, from pdf.js's operator list: how much of it is covered by images, whether its text
// is visible, and whether it paints anything at all.
import type { PdfPage } from "./document.ts";

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

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function multiply(m: Matrix, n: readonly number[]): Matrix {
  const [a, b, c, d, e, f] = n as Matrix;
  return [
    a * m[0] + b * m[2],
    a * m[1] + b * m[3],
    c * m[0] + d * m[2],
    c * m[1] + d * m[3],
    e * m[0] + f * m[2] + m[4],
    e * m[1] + f * m[3] + m[5],
  ];
}

/** Area of the unit square (where images are painted) under `m`. */
const area = (m: Matrix) => Math.abs(m[0] * m[3] - m[1] * m[2]);

interface State {
  ctm: Matrix;
  textMode: number;
}

export async function pageContent(page: PdfPage, OPS: Record<string, number>): Promise<PageContent> {
  const list = await page.getOperatorList();
  const [x0, y0, x1, y1] = page.view;
  const pageArea = Math.abs((x1! - x0!) * (y1! - y0!)) || 1;
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
    // The unit square's sides become the matrix's columns: the image's width and height on the page, in points.
    if (pixels && area(m) >= SCAN_COVERAGE * pageArea) {
      scanDpi = Math.max((pixels.width * 72) / Math.hypot(m[0], m[1]), (pixels.height * 72) / Math.hypot(m[2], m[3]));
    }
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
