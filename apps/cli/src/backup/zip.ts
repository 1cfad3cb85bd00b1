// `--zip` (ADR 0023): an export as one archive. The export is made in a folder beside the archive as usual
// (so it can be interrupted and resumed), then packed and the folder removed; an import unpacks into a folder
// beside the archive first. Both take the archive's size again in disk space while they run.
import { createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import yauzl from "yauzl";
import yazl from "yazl";

/** Compressing these gains nothing worth the time: the originals are mostly compressed formats already. */
const STORED = /^files\//;

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(dir, join(entry.parentPath, entry.name)).split(sep).join("/"));
  }
  return out.sort();
}

/** Packs every file under `dir` into `archive` (written beside it, then renamed into place). */
export async function zipFolder(dir: string, archive: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const path of await filesUnder(dir)) zip.addFile(join(dir, path), path, { compress: !STORED.test(path) });
  zip.end();
  const partial = `${archive}.partial`;
  await pipeline(zip.outputStream, createWriteStream(partial));
  await rename(partial, archive);
}

/**
 * Unpacks `archive` into `dir`. yauzl refuses absolute names and `..` (it validates every name); the check
 * below keeps that true whatever the library does.
 */
export async function unzipTo(archive: string, dir: string): Promise<void> {
  const zip = await yauzl.openPromise(archive, { lazyEntries: true, validateEntrySizes: true });
  try {
    for await (const entry of zip.eachEntry()) {
      const target = resolve(dir, entry.fileName);
      if (!target.startsWith(resolve(dir) + sep)) throw new Error(`the archive names a file outside its folder: ${entry.fileName}`);
      if (entry.fileName.endsWith("/")) continue;
      await mkdir(dirname(target), { recursive: true });
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(target));
    }
  } finally {
    zip.close();
  }
}

export const removeFolder = (dir: string) => rm(dir, { recursive: true, force: true });
