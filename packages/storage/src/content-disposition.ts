/**
 * `attachment` Content-Disposition for a user-supplied filename (RFC 6266): an ASCII fallback plus
 * the exact name as RFC 5987 `filename*`. The result is pure ASCII, so it is safe in any header.
 */
export function attachmentDisposition(filename: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const clean = filename.replace(/[\u0000-\u001f\u007f]/g, "").trim() || "download";
  const fallback = clean.replace(/[^\x20-\x7e]|["\\%]/g, "_");
  const encoded = encodeURIComponent(clean).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
