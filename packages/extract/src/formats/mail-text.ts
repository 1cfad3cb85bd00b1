// The text of a message, whatever its format (.eml, Outlook .msg): the headers that matter, the body (HTML
// converted to text), then the attachments' names.
import { cleanText } from "../normalise.ts";
import { buildResult, textPage } from "../pages.ts";
import type { ExtractResult } from "../types.ts";
import { htmlToText } from "./html.ts";

/** Attachments named in the text at most; a message with more says how many were left out. */
const MAX_LISTED_ATTACHMENTS = 100;

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
  return buildResult([textPage(cleanText([headers.join("\n"), body, attachments].filter((part) => part.trim()).join("\n\n")))]);
}
