// What scoring reads of a document's text, and nothing more (ADR 0029, Performance, third pass): the content
// gate's verdict, the distinct words of the word evidence in the order it reads them, and the text's key (a
// person's rejection on an example is found by it). The worker stores them with the document's vector, so a
// topic trial scores a document without reading or tokenising its text; tokenising 50 000 texts was most of a
// process's first trial.
import { hasTooLittleContent } from "./content.ts";
import { lexicalWords } from "./lexical.ts";
import { textKey } from "./model.ts";

/**
 * Changes whenever what `textFeatures` computes from a text changes (the tokenizer, the stemmer, the stop words,
 * the content gate, the word evidence's character cap, `textKey`): stored features of another version are
 * computed again from the text.
 */
export const TEXT_FEATURES_VERSION = "text-features-1";

export interface TextFeatures {
  tooLittle: boolean;
  textKey: string;
  /** Distinct stemmed words (letters and digits only: never a space). */
  words: readonly string[];
}

export function textFeatures(text: string): TextFeatures {
  return { tooLittle: hasTooLittleContent(text), textKey: textKey(text), words: lexicalWords(text) };
}
