export interface OcrOptions {
  /** Resolution of the image, when known; Tesseract uses it to judge sizes. Default 300. */
  dpi?: number;
  /**
   * Default true: a result with low confidence is retried with orientation detection (Tesseract OSD), so
   * pages scanned sideways or upside down come out upright.
   */
  autoRotate?: boolean;
  /** The job is given up (and its Tesseract worker replaced) after this long, including time queued. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called when a worker takes the job up, after its wait in the queue. */
  onStart?: () => void;
  /**
   * Also return the page's invisible text layer as Tesseract lays it out (its PDF renderer, text only, no
   * image), from the same recognition: what a searchable PDF puts under the picture.
   */
  textLayer?: boolean;
}

/** A one-page PDF of invisible words, positioned as read; its page is the image's size at its resolution. */
export interface TextLayer {
  pdf: Uint8Array;
  /**
   * Degrees the image was turned clockwise before the reading that won (a page scanned sideways turned by
   * hand): the layer is upright for the turned image and must be turned back (counter-clockwise) to fit.
   */
  rotation: 0 | 90 | 180 | 270;
  /**
   * Degrees the page's lines ran turned clockwise (negative: anticlockwise) in the image as given; it was
   * straightened (turned back by as much) before reading, so the layer is turned clockwise by this to fit.
   * Applied before `rotation`'s turn. 0 when the page was read as it came.
   */
  skew: number;
}

export interface OcrResult {
  text: string;
  /** Tesseract's mean word confidence, 0–100 (0 when no words were found). */
  confidence: number;
  /** With `textLayer`: the invisible text of this reading. */
  textLayer?: TextLayer;
}

export interface OcrEngine {
  readonly languages: readonly string[];
  /** Which Tesseract build reads: the native `tesseract` program, or tesseract.js (WebAssembly). */
  readonly backend: "native" | "wasm";
  /** How many images are recognised at once (one single-threaded Tesseract worker or process each). */
  readonly concurrency: number;
  /** `image`: PNG, JPEG, BMP, PNM (PGM/PPM), TIFF or WebP bytes. */
  recognize(image: Uint8Array, opts?: OcrOptions): Promise<OcrResult>;
  terminate(): Promise<void>;
}
