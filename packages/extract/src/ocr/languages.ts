// Tesseract language data comes from the @tesseract.js-data/* npm packages, never from the network.
import { access, mkdtemp, rm, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The integer-quantised LSTM models ("best_int"): tesseract.js's default, and what it was tuned with. */
const MODEL_FOLDER = "4.0.0_best_int";

export function languageFile(language: string): string {
  if (language === "osd") throw new Error(`"osd" is not an OCR language: orientation detection is always on`);
  if (!/^[a-z]{3}(?:_[a-z]+)*$/i.test(language)) {
    throw new Error(`"${language}" is not a Tesseract language code (expected one like eng, deu or chi_sim)`);
  }
  return dataFile(language);
}

export function osdFile(): string {
  return dataFile("osd");
}

function dataFile(code: string): string {
  const pkg = `@tesseract.js-data/${code}`;
  let manifest: string;
  try {
    manifest = require.resolve(`${pkg}/package.json`);
  } catch {
    throw new Error(
      `OCR language "${code}" is not installed: add the npm package ${pkg} to @docscan/extract ` +
        `(pnpm --filter @docscan/extract add ${pkg})`,
    );
  }
  return join(dirname(manifest), MODEL_FOLDER, `${code}.traineddata.gz`);
}

export interface LanguageDir {
  path: string;
  dispose(): Promise<void>;
}

/**
 * tesseract.js reads every language from one `langPath` folder, while each language is its own package.
 * One language: its package folder. Several: a temporary folder of symlinks, removed on dispose.
 */
export async function languageDir(files: readonly string[]): Promise<LanguageDir> {
  await Promise.all(
    files.map((file) =>
      access(file).catch(() => {
        throw new Error(`Tesseract data file is missing: ${file} (reinstall its @tesseract.js-data package)`);
      }),
    ),
  );
  if (files.length === 1) return { path: dirname(files[0]!), dispose: async () => {} };
  const path = await mkdtemp(join(tmpdir(), "docscan-tessdata-"));
  await Promise.all(files.map((file) => symlink(file, join(path, file.split("/").pop()!))));
  return { path, dispose: () => rm(path, { recursive: true, force: true }) };
}
