// What the OCR engine's pool needs from a Tesseract build: readers (one page at a time each) it can start,
// ask for one recognition pass, and stop (a timeout, an abort or a crash replaces the reader).

/** `native`: the `tesseract` program (≥ 4) on PATH; `wasm`: tesseract.js; `auto`: native when installed. */
export type OcrEngineChoice = "auto" | "native" | "wasm";
export const OCR_ENGINE_CHOICES = ["auto", "native", "wasm"] as const satisfies readonly OcrEngineChoice[];

export interface PassRequest {
  /** A grey PGM page (or any image type Tesseract reads). */
  image: Uint8Array;
  /** Tesseract page segmentation mode: 3 = automatic layout, 1 = the same after orientation detection (OSD). */
  psm: 1 | 3;
  dpi: number;
  /** Also the invisible text layer (Tesseract's PDF renderer, text only) of this recognition. */
  textLayer: boolean;
}

export interface PassReading {
  /** Tesseract's text, as its text renderer lays it out. */
  text: string;
  /** Mean word confidence, 0–100. */
  confidence: number;
  pdf?: Uint8Array;
}

export interface OcrReader {
  pass(request: PassRequest): Promise<PassReading>;
  /** Stops the reader, and the recognition it is running if any. */
  terminate(): Promise<void>;
}

export interface OcrBackend {
  readonly name: "native" | "wasm";
  /** `onCrash`: the reader died by itself (fails the job it was running). */
  spawn(onCrash: (error: Error) => void): Promise<OcrReader>;
  dispose(): Promise<void>;
}
