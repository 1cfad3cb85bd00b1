// The WebAssembly backend: tesseract.js workers (one worker_thread each, the single-threaded wasm build). No
// install beyond npm; the fallback when no native `tesseract` is on PATH.
import { readFile } from "node:fs/promises";
import type { Worker as NodeWorker } from "node:worker_threads";
import { gunzipSync } from "node:zlib";
import Tesseract from "tesseract.js";
import type { OcrBackend, OcrReader, PassRequest, PassReading } from "./backend.ts";

/**
 * `dir`: the folder holding every language's `<code>.traineddata.gz`; `osdPath`: osd.traineddata.gz, written
 * into a worker's file system on its first orientation pass.
 */
export function wasmBackend(languages: readonly string[], dir: string, osdPath: string): OcrBackend {
  return {
    name: "wasm",
    spawn: (onCrash) => spawnWorker(languages, dir, osdPath, onCrash),
    dispose: async () => {},
  };
}

async function spawnWorker(languages: readonly string[], dir: string, osdPath: string, onCrash: (error: Error) => void): Promise<OcrReader> {
  const worker = await Tesseract.createWorker([...languages], Tesseract.OEM.LSTM_ONLY, {
    // The full core (not the LSTM-only one) carries the legacy classifier that OSD needs; recognition stays LSTM.
    legacyCore: true,
    langPath: dir,
    gzip: true,
    cacheMethod: "none", // never write traineddata copies into the working directory
    logger: () => {},
    // Rejections reach us through each call's promise; without a handler tesseract.js rethrows them from
    // its message listener, which would crash the process.
    errorHandler: () => {},
  });
  const thread = (worker as unknown as { worker: NodeWorker }).worker;
  thread.on("error", onCrash);
  thread.on("exit", () => onCrash(new Error("the OCR worker thread exited")));
  let withOsd = false;
  return {
    async pass({ image, psm, dpi, textLayer }: PassRequest): Promise<PassReading> {
      if (psm === 1 && !withOsd) {
        // Written on first need (it costs each worker ~25 MB); Tesseract finds it beside the language files.
        await worker.FS("writeFile", ["osd.traineddata", gunzipSync(await readFile(osdPath))]);
        withOsd = true;
      }
      // Tesseract variables, set for this call only; tesseract.js's options type does not list them.
      const params: Record<string, unknown> = { tessedit_pageseg_mode: String(psm), user_defined_dpi: String(Math.round(dpi)) };
      // The text layer comes from the same recognition (Tesseract's PDF renderer, text only): no second reading.
      if (textLayer) params.pdfTextOnly = true;
      const output = textLayer ? { text: true, pdf: true } : undefined;
      const { data } = await worker.recognize(image, params as Partial<Tesseract.RecognizeOptions>, output);
      // tesseract.js types pdf as number[]; it is the Uint8Array read from the wasm file system.
      const pdf = data.pdf ? (data.pdf instanceof Uint8Array ? data.pdf : Uint8Array.from(data.pdf)) : undefined;
      return { text: data.text ?? "", confidence: data.confidence, ...(pdf && { pdf }) };
    },
    terminate: async () => {
      await worker.terminate();
    },
  };
}
