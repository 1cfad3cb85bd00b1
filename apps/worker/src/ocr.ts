import type { OcrEngine, OcrOptions, OcrResult } from "@docscan/extract";

/**
 * An OCR engine that starts its Tesseract workers on the first page that needs them, so a worker
 * that only sees text documents never pays their memory.
 */
export function lazyOcrEngine(
  opts: { languages: string[]; workers: number },
  create: () => Promise<OcrEngine>,
): OcrEngine & { started(): boolean } {
  let engine: Promise<OcrEngine> | undefined;
  const get = () => {
    engine ??= create().catch((err: unknown) => {
      engine = undefined; // let a later document try again
      throw err;
    });
    return engine;
  };
  return {
    languages: opts.languages,
    // Known before the engine starts, so documents can plan how many pages to render at once.
    concurrency: opts.workers,
    started: () => engine !== undefined,
    async recognize(image: Uint8Array, opts?: OcrOptions): Promise<OcrResult> {
      return (await get()).recognize(image, opts);
    },
    async terminate() {
      if (engine) await (await engine).terminate();
      engine = undefined;
    },
  };
}
