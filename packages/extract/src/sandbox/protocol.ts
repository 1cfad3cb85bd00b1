// Messages between the extraction sandbox (parent side, index.ts) and its child processes (child.ts).
import type { AcceptedType } from "@docscan/shared";
import type { ExtractionErrorCode } from "../errors.ts";
import type { OcrEngineChoice } from "../ocr/backend.ts";
import type { ExtractLimits, ExtractResult } from "../types.ts";

/** Given to a child in its environment (DOCSCAN_SANDBOX). */
export interface ChildConfig {
  /** Null: no OCR (pages without a text layer come back with method "none"). */
  ocr: SandboxOcr | null;
}

/** Tesseract in each child: languages, readers at once, and which build (default "auto", OCR_ENGINE). */
export interface SandboxOcr {
  languages: string[];
  workers: number;
  engine?: OcrEngineChoice;
}

export const CONFIG_VARIABLE = "DOCSCAN_SANDBOX";

/** How often a child's event loop says it is alive; a silent child is stuck in synchronous work. */
export const BEAT_MS = 500;

export interface JobMessage {
  type: "job";
  /** The original, in a file the parent wrote; the child only reads it. */
  path: string;
  mime: AcceptedType;
  limits: ExtractLimits;
  thumbnailWidth: number;
  /**
   * Where the child writes the searchable PDF (issue 14), if one is made: the text layers come from this
   * job's OCR, the PDF goes to a file rather than through the channel. Null: none is wanted.
   */
  searchablePath: string | null;
}

export type ToChild = JobMessage;

export interface ThumbnailData {
  bytes: Uint8Array;
  mime: "image/webp" | "image/png";
}

export type FromChild =
  | { type: "ready" }
  | { type: "beat" }
  | { type: "page"; page: number }
  | { type: "text"; result: ExtractResult }
  | { type: "thumbnail"; thumbnail: ThumbnailData | null; error: string | null }
  /** The last message of a job: `bytes` written to the job's searchablePath, or null (none made; `error` says why if one failed). */
  | { type: "searchable"; bytes: number | null; error: string | null }
  /** `code` null: not the file's fault as far as the child can tell. `memory`: an allocation failed. */
  | { type: "failed"; code: ExtractionErrorCode | null; message: string; memory: boolean };
