import type { z } from "zod";
import { defineMessages, messagesOf } from "./i18n.ts";

/**
 * The messages of the shared schemas (@docscan/shared) that the console's forms check before sending, in the
 * console's language. The api answers with the English ones; any other message is shown as it is.
 */
const messages = defineMessages({
  en: {
    email: "enter a valid email address",
    passwordTooShort: "the password needs at least 10 characters",
    passwordTooLong: "the password is too long",
    passwordMissing: "enter your password",
    tokenName: "name the token",
    controlCharacters: "must not contain control characters",
  },
  de: {
    email: "Geben Sie eine gültige E-Mail-Adresse ein",
    passwordTooShort: "Das Passwort braucht mindestens 10 Zeichen",
    passwordTooLong: "Das Passwort ist zu lang",
    passwordMissing: "Geben Sie Ihr Passwort ein",
    tokenName: "Geben Sie dem Token einen Namen",
    controlCharacters: "Darf keine Steuerzeichen enthalten",
  },
});

/** A shared schema's message in the console's language. */
export function schemaMessage(message: string): string {
  const key = (Object.keys(messages.en) as (keyof typeof messages.en)[]).find((k) => messages.en[k] === message);
  return key ? messagesOf(messages)[key] : message;
}

/** The first message per field, from the same schema the api applies, so a form answers before a round trip. */
export function issuesByField(schema: z.ZodType, value: unknown): Record<string, string> {
  const r = schema.safeParse(value);
  const out: Record<string, string> = {};
  if (r.success) return out;
  for (const issue of r.error.issues) out[String(issue.path[0] ?? "form")] ??= schemaMessage(issue.message);
  return out;
}
