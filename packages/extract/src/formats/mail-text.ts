// The text of a message, whatever its format (.eml, Outlook .msg): the headers that matter, the body (HTML
// converted to text), then the attachments' names; the attachments themselves ride along for the worker to
// store as documents of their own (ADR 0032).
import { cleanText } from "../normalise.ts";
import { buildResult, textPage } from "../pages.ts";
import type { EmbeddedFile, ExtractResult } from "../types.ts";
import { htmlToText } from "./html.ts";

/** Attachments named in the text at most; a message with more says how many were left out. */
const MAX_LISTED_ATTACHMENTS = 100;
/** Attachments handed on as files at most (the rest are named in the text only); bounded like the names. */
export const MAX_ATTACHMENTS = MAX_LISTED_ATTACHMENTS;

export interface MessageParts {
  /** Where a saved web page (MHTML) came from. */
  savedFrom?: string;
  from?: string;
  to?: string;
  cc?: string;
  date?: Date;
  subject?: string;
  /** The plain-text body; the HTML one is read when this is empty. */
  text?: string;
  html?: string;
  attachmentNames: string[];
  /** The attachments' bytes, in the order of their names; read only up to MAX_ATTACHMENTS. */
  attachments?: EmbeddedFile[];
}

export function messageResult(m: MessageParts): ExtractResult {
  const headers = [
    ["Saved from", m.savedFrom],
    ["From", m.from],
    ["To", m.to],
    ["Cc", m.cc],
    ["Date", m.date && !Number.isNaN(m.date.getTime()) ? m.date.toISOString() : undefined],
    ["Subject", m.subject],
  ]
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}: ${value}`);
  const body = m.text?.trim() ? m.text : m.html ? htmlToText(m.html) : "";
  const names = m.attachmentNames;
  const listed = names.slice(0, MAX_LISTED_ATTACHMENTS).join(", ");
  const more = names.length > MAX_LISTED_ATTACHMENTS ? ` and ${names.length - MAX_LISTED_ATTACHMENTS} more` : "";
  const attachments = names.length > 0 ? `Attachments: ${listed}${more}` : "";
  const result = buildResult([textPage(cleanText([headers.join("\n"), body, attachments].filter((part) => part.trim()).join("\n\n")))]);
  return m.attachments?.length ? { ...result, attachments: m.attachments.slice(0, MAX_ATTACHMENTS) } : result;
}
