import { decodeText } from "../encoding.ts";
import { cleanText } from "../normalise.ts";
import { buildResult, textPage } from "../pages.ts";
import type { ExtractResult } from "../types.ts";

/** Plain text: BOM, else UTF-8 if the bytes are valid UTF-8, else windows-1252. One page. */
export async function extractPlainText(bytes: Uint8Array): Promise<ExtractResult> {
  return buildResult([textPage(cleanText(decodeText(bytes).text))]);
}
