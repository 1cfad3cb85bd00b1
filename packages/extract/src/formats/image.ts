// Single-picture formats: PNG, JPEG, GIF (first frame), BMP, WebP. One page, OCR'd.
import { decodeImage, ocrImage } from "../image/canvas.ts";
import { readImageSize, type RasterType } from "../image/header.ts";
import { pixelLimitError } from "../limits.ts";
import { buildResult, NO_TEXT, ocrPage, recognize, type ExtractContext } from "../pages.ts";
import type { ExtractResult } from "../types.ts";

export function imageExtractor(mime: RasterType, label: string) {
  return async (bytes: Uint8Array, ctx: ExtractContext): Promise<ExtractResult> => {
    const { width, height } = readImageSize(bytes, mime);
    if (width * height > ctx.limits.maxPixels) throw pixelLimitError("image", width * height, ctx.limits.maxPixels);
    const { ocr } = ctx;
    if (!ocr) return buildResult([NO_TEXT]);
    const page = await ctx.budget.page(1, async (run) => {
      const image = await decodeImage(bytes, label);
      return ocrPage(await recognize(ocr, ocrImage(image, image.width, image.height), run, ctx.textLayers));
    });
    return buildResult([page]);
  };
}
