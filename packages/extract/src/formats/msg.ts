// Outlook messages (.msg, MS-OXMSG in a compound file), read with @kenjiuno/msgreader and laid out like an
// e-mail (mail-text.ts), its attachments handed on as files (ADR 0032).
import { ExtractionError } from "../errors.ts";
import type { ExtractResult } from "../types.ts";
import type { EmbeddedFile } from "../types.ts";
import { MAX_ATTACHMENTS, messageResult } from "./mail-text.ts";

type Person = { name?: string; email?: string; smtpAddress?: string };

export async function extractMsg(bytes: Uint8Array): Promise<ExtractResult> {
  // Loaded on first use, like the other mail reader (ADR 0019).
  const { default: MsgReader } = await import("@kenjiuno/msgreader");
  let data;
  let reader;
  try {
    reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    data = reader.getFileData();
  } catch (e) {
    throw new ExtractionError("corrupt", `could not read the Outlook message: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (data.error) throw new ExtractionError("corrupt", `could not read the Outlook message: ${data.error}`);
  const recipients = (type: string) =>
    (data.recipients ?? [])
      .filter((r) => (r.recipType ?? "to") === type)
      .map(person)
      .join(", ") || undefined;
  const sent = data.clientSubmitTime ?? data.messageDeliveryTime;
  // Hidden attachments are the pictures an HTML body shows.
  const attached = (data.attachments ?? []).filter((a) => !a.attachmentHidden);
  const nameOf = (a: (typeof attached)[number]) => a.fileName ?? a.fileNameShort ?? a.name;
  const files: EmbeddedFile[] = [];
  for (const [i, a] of attached.slice(0, MAX_ATTACHMENTS).entries()) {
    // An attached Outlook message (no bytes of its own in this reader) or a broken stream: named in the text only.
    let content: Uint8Array | undefined;
    try {
      content = a.innerMsgContent ? undefined : reader.getAttachment(a).content;
    } catch {
      content = undefined;
    }
    if (content && content.byteLength > 0) files.push({ filename: nameOf(a) ?? `attachment-${i + 1}`, bytes: new Uint8Array(content) });
  }
  return messageResult({
    from: person({ name: data.senderName, email: data.senderSmtpAddress ?? data.senderEmail }) || undefined,
    to: recipients("to"),
    cc: recipients("cc"),
    date: sent ? new Date(sent) : undefined,
    subject: data.subject,
    text: data.body,
    html: data.bodyHtml ?? (data.html ? new TextDecoder().decode(data.html) : undefined),
    attachmentNames: attached.map((a) => nameOf(a) ?? "(unnamed)"),
    attachments: files,
  });
}

/** "Name <address>", or whichever of the two there is. */
function person(p: Person): string {
  const email = p.smtpAddress ?? p.email;
  if (p.name && email && p.name !== email) return `${p.name} <${email}>`;
  return p.name ?? email ?? "";
}
