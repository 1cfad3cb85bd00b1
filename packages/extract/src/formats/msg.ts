// Outlook messages (.msg, MS-OXMSG in a compound file), read with @kenjiuno/msgreader and laid out like an
// e-mail (mail-text.ts). The attachments' bytes are not extracted here.
import { ExtractionError } from "../errors.ts";
import type { ExtractResult } from "../types.ts";
import { messageResult } from "./mail-text.ts";

type Person = { name?: string; email?: string; smtpAddress?: string };

export async function extractMsg(bytes: Uint8Array): Promise<ExtractResult> {
  // Loaded on first use, like the other mail reader (ADR 0019).
  const { default: MsgReader } = await import("@kenjiuno/msgreader");
  let data;
  try {
    data = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)).getFileData();
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
  return messageResult({
    from: person({ name: data.senderName, email: data.senderSmtpAddress ?? data.senderEmail }) || undefined,
    to: recipients("to"),
    cc: recipients("cc"),
    date: sent ? new Date(sent) : undefined,
    subject: data.subject,
    text: data.body,
    html: data.bodyHtml ?? (data.html ? new TextDecoder().decode(data.html) : undefined),
    // Hidden attachments are the pictures an HTML body shows.
    attachmentNames: (data.attachments ?? []).filter((a) => !a.attachmentHidden).map((a) => a.fileName ?? a.fileNameShort ?? a.name ?? "(unnamed)"),
  });
}

/** "Name <address>", or whichever of the two there is. */
function person(p: Person): string {
  const email = p.smtpAddress ?? p.email;
  if (p.name && email && p.name !== email) return `${p.name} <${email}>`;
  return p.name ?? email ?? "";
}
