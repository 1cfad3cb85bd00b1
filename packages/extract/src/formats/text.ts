import { decodeText } from "../encoding.ts";
import { cleanText } from "../normalise.ts";
import type { ExtractResult } from "../types.ts";

/** Plain text: BOM, else UTF-8 if the bytes are valid UTF-8, else windows-1252. */
export async function extractPlainText(bytes: Uint8Array): Promise<ExtractResult> {
  const text = cleanText(decodeText(bytes).text);
  return { text, pages: [text], pageCount: 1 };
}
