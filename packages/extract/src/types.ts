export interface ExtractResult {
  /** Page texts joined with a blank line; pages without text are left out. */
  text: string;
  /** One entry per page, in order; "" for a page without a text layer. */
  pages: string[];
  pageCount: number;
}

export interface ExtractOptions {
  /** Documents with more pages fail with code "limit". */
  maxPages?: number;
}

export type Extractor = (bytes: Uint8Array, opts: ExtractOptions) => Promise<ExtractResult>;
