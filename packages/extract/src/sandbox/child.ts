// One sandbox process: reads documents the parent names, one at a time, under the operating-system limits
// the parent started it with (prlimit). Started by index.ts only; it talks over the IPC channel.
import { readFile, writeFile } from "node:fs/promises";
import { createOcrEngine, ExtractionError, extractText, makeSearchablePdf, renderThumbnail, searchableType } from "../index.ts";
import type { ExtractResult } from "../types.ts";
import { BEAT_MS, CONFIG_VARIABLE, type ChildConfig, type FromChild, type JobMessage, type ToChild } from "./protocol.ts";

if (!process.send) {
  process.stderr.write("the extraction sandbox child is started by @docscan/extract/sandbox only\n");
  process.exit(2);
}
const send = (message: FromChild): void => {
  process.send!(message);
};
const config = JSON.parse(process.env[CONFIG_VARIABLE] ?? "{}") as ChildConfig;

const ocr = config.ocr ? await createOcrEngine({ ...config.ocr, lazy: true }) : undefined;

setInterval(() => send({ type: "beat" }), BEAT_MS);
// Stopping is the parent's call. A terminal's Ctrl+C, or a supervisor's SIGTERM to the process group, reaches
// this process too, while the worker may still be finishing this very document: ignore them. The channel
// closing is the word to go (the parent closed it, or died, however it died).
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => {});
process.on("disconnect", () => process.exit(0));
process.on("message", (message: ToChild) => {
  if (message.type === "job") void run(message);
});
send({ type: "ready" });

async function run(job: JobMessage): Promise<void> {
  let bytes: Uint8Array;
  let result: ExtractResult;
  try {
    bytes = await readFile(job.path);
    const textLayers = job.searchablePath !== null && searchableType(job.mime);
    result = await extractText(bytes, job.mime, { limits: job.limits, ocr, textLayers, onPage: (page) => send({ type: "page", page }) });
  } catch (error) {
    send(failure(error));
    return;
  }
  const { textLayers, ...text } = result;
  send({ type: "text", result: text });
  try {
    const thumbnail = await renderThumbnail(bytes, job.mime, {
      width: job.thumbnailWidth,
      maxPixels: job.limits.maxPixels,
      maxInflatedBytes: job.limits.maxInflatedBytes,
      text: result.text,
    });
    send({ type: "thumbnail", thumbnail, error: null });
  } catch (error) {
    if (allocationFailed(error)) return send(failure(error));
    send({ type: "thumbnail", thumbnail: null, error: messageOf(error) });
  }
  // Only where a page was OCR'd whole (a scan, a photo); a failure leaves the document its text.
  if (!job.searchablePath || !textLayers) return send({ type: "searchable", bytes: null, error: null });
  try {
    const pdf = await makeSearchablePdf(bytes, job.mime, textLayers, job.limits.maxPixels);
    await writeFile(job.searchablePath, pdf, { flag: "wx" });
    send({ type: "searchable", bytes: pdf.byteLength, error: null });
  } catch (error) {
    if (allocationFailed(error)) send(failure(error));
    else send({ type: "searchable", bytes: null, error: messageOf(error) });
  }
}

function failure(error: unknown): FromChild {
  return {
    type: "failed",
    code: error instanceof ExtractionError ? error.code : null,
    message: messageOf(error),
    memory: allocationFailed(error),
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Under the data limit a failed allocation surfaces as an exception from V8 (array buffers, wasm memory),
 * Skia (canvas surfaces) or, wrapped as "could not read PDF", from inside pdf.js; a native tesseract (it
 * inherits the limit) aborts with std::bad_alloc.
 */
const ALLOCATION = /Array buffer allocation failed|allocation failed|Cannot allocate|Out of memory|Create skia surface failed|std::bad_alloc/i;

function allocationFailed(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (ALLOCATION.test(e.message)) return true;
  }
  return false;
}
