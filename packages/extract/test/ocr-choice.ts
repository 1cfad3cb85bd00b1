// The OCR build the tests read with, from OCR_ENGINE (auto, native or wasm; default auto) as the worker takes
// it: run the suite once with OCR_ENGINE=wasm and once with OCR_ENGINE=native to cover both backends.
import { OCR_ENGINE_CHOICES, type OcrEngineChoice } from "../src/ocr/backend.ts";

function choice(value: string | undefined): OcrEngineChoice {
  if (value === undefined || value === "") return "auto";
  const known = OCR_ENGINE_CHOICES.find((name) => name === value);
  if (!known) throw new Error(`OCR_ENGINE must be one of ${OCR_ENGINE_CHOICES.join(", ")}, not "${value}"`);
  return known;
}

export const TEST_OCR_ENGINE = choice(process.env.OCR_ENGINE);
