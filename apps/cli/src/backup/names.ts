// Readable, unique file names for the originals: owner/folder/…/filename, as the person would recognise them.
import { extname } from "node:path";

const MAX_SEGMENT_BYTES = 200;

/** One path segment that every common filesystem accepts: no separators, controls, reserved names or trailing dots. */
export function safeSegment(name: string): string {
  let s = name
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, "_")
    .trim()
    .replace(/[. ]+$/, "");
  if (s === "" || s === "." || s === "..") s = "_";
  if (/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(s)) s = `_${s}`;
  while (Buffer.byteLength(s) > MAX_SEGMENT_BYTES) {
    const ext = extname(s);
    const stem = s.slice(0, s.length - ext.length);
    s = ext.length < 20 && stem.length > 1 ? stem.slice(0, -1) + ext : s.slice(0, -1);
  }
  return s;
}

/**
 * Hands out paths, unique even on case-insensitive filesystems: the first document to ask for a name gets
 * it, a later one the name with ` (<start of its id>)` before the extension.
 */
export class UniquePaths {
  private readonly taken = new Set<string>();

  claim(folder: string[], filename: string, id: string): string {
    const dir = folder.map(safeSegment).join("/");
    const name = safeSegment(filename);
    const ext = extname(name);
    const stem = name.slice(0, name.length - ext.length);
    const candidates = [name, `${stem} (${id.slice(0, 8)})${ext}`, `${stem} (${id})${ext}`].map((n) => (dir ? `${dir}/${n}` : n));
    const path = candidates.find((c) => !this.taken.has(c.toLowerCase())) ?? candidates[2]!;
    this.taken.add(path.toLowerCase());
    return path;
  }
}
