// The export folder's layout and its manifest.json (ADR 0023). Version 1:
//   manifest.json                      what is below, every table's rows, the SHA-256 of every file
//   files/<owner email>/<folder>/…/<filename>      the originals, byte for byte
//   text/<same path>.txt               the extracted text (documents.text)
//   text/<same path>.pages.json        the per-page text rows (document_pages)
//   thumbnails/<same path>.<ext>       with --thumbnails
import { z } from "zod";

export const MANIFEST = "manifest.json";
export const FORMAT = "docscan-export";
export const VERSION = 1;
/** Appended while an export runs, so an interrupted one resumes without copying the same files again. */
export const JOURNAL = ".docscan-export.journal";
/** The folders an export owns: `--delete` removes files there that the manifest no longer lists. */
export const CONTENT_FOLDERS = ["files", "text", "thumbnails"] as const;

export const FILE_KINDS = ["original", "text", "pages", "thumbnail"] as const;
export type FileKind = (typeof FILE_KINDS)[number];

const fileEntrySchema = z.object({
  path: z.string(),
  kind: z.enum(FILE_KINDS),
  documentId: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** Originals and thumbnails: the object the file was copied from (a later export copies it again only if it changed). */
  objectKey: z.string().optional(),
});
export type FileEntry = z.infer<typeof fileEntrySchema>;

const tableSchema = z.object({
  name: z.string(),
  columns: z.array(z.string()),
  /** Rows kept elsewhere: `documents.text` in text/…txt, `document_pages` in text/…pages.json. */
  rows: z.array(z.record(z.string(), z.unknown())),
});

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(VERSION),
  exportedAt: z.string(),
  source: z.object({ storage: z.enum(["fs", "s3"]) }),
  /** Password hashes and secrets (re-encrypted with the export passphrase) are included. */
  withSecrets: z.boolean(),
  /** scrypt parameters of the passphrase key, and a value encrypted with it to check a passphrase against. */
  passphrase: z.object({ salt: z.string(), check: z.string() }).nullable(),
  thumbnails: z.boolean(),
  tables: z.array(tableSchema),
  files: z.array(fileEntrySchema),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Tables whose big columns travel as files: documents.text and document_pages. */
export const DOCUMENTS = "documents";
export const PAGES = "document_pages";

/** A text column whose name says it holds a value encrypted with the server's key (settings: `apiKeyEncrypted`). */
export const ENCRYPTED_NAME = /(?:_encrypted|Encrypted)$/;
