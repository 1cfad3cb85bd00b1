import { isTRPCClientError } from "@trpc/client";
import { defineMessages, messagesOf } from "./i18n.ts";

// The console's own texts; a message the server sends is shown as it comes, in English (ADR 0037).
const messages = defineMessages({
  en: {
    cannotReach: "Cannot reach the docscan server. Is it running?",
    unexpectedResponse: "The server sent an unexpected response.",
    somethingWentWrong: "Something went wrong.",
    tooManyAttempts: "Too many failed attempts. Try again in a few minutes.",
    tryAgainIn: (minutes: number) => `Too many failed attempts. Try again in ${minutes === 1 ? "1 minute" : `${minutes} minutes`}.`,
  },
  de: {
    cannotReach: "Der docscan-Server ist nicht erreichbar. Läuft er?",
    unexpectedResponse: "Der Server hat unerwartet geantwortet.",
    somethingWentWrong: "Etwas ist schiefgegangen.",
    tooManyAttempts: "Zu viele Fehlversuche. Versuchen Sie es in ein paar Minuten erneut.",
    tryAgainIn: (minutes: number) => `Zu viele Fehlversuche. Versuchen Sie es in ${minutes === 1 ? "1 Minute" : `${minutes} Minuten`} erneut.`,
  },
});

interface FlatZodError {
  formErrors: string[];
  fieldErrors: Record<string, string[] | undefined>;
}

/** Field → first message, for forms that show errors next to their inputs. */
export function fieldErrors(err: unknown): Record<string, string> {
  const z = zodErrorOf(err);
  const out: Record<string, string> = {};
  for (const [field, messages] of Object.entries(z?.fieldErrors ?? {})) if (messages?.[0]) out[field] = messages[0];
  return out;
}

/** The message for a failure that is not about one field (those show next to their inputs), or null. */
export function formError(err: unknown): string | null {
  if (!err || Object.keys(fieldErrors(err)).length > 0) return null;
  return errorMessage(err);
}

/** A readable one-line message for any error the console can meet: never a stack or raw JSON. */
export function errorMessage(err: unknown): string {
  const z = zodErrorOf(err);
  if (z) {
    if (z.formErrors[0]) return z.formErrors[0];
    const first = Object.entries(z.fieldErrors).find(([, m]) => m?.[0]);
    if (first) return `${first[0]}: ${first[1]![0]}`;
  }
  if (errorCode(err) === "TOO_MANY_REQUESTS") return tooManyAttempts(retryAfterSeconds(err));
  const m = messagesOf(messages);
  if (err instanceof Error) {
    if (/failed to fetch|networkerror|load failed/i.test(err.message)) return m.cannotReach;
    if (/unexpected token|json/i.test(err.message) && isTRPCClientError(err)) return m.unexpectedResponse;
    return err.message || m.somethingWentWrong;
  }
  return typeof err === "string" && err ? err : m.somethingWentWrong;
}

function zodErrorOf(err: unknown): FlatZodError | null {
  if (!isTRPCClientError(err)) return null;
  const data = err.data as { zodError?: FlatZodError | null } | undefined;
  return data?.zodError ?? null;
}

/** The tRPC error code (`NOT_FOUND`, `BAD_REQUEST`, …) of a failed call, or null. */
export function errorCode(err: unknown): string | null {
  if (!isTRPCClientError(err)) return null;
  const data = err.data as { code?: unknown } | undefined;
  return typeof data?.code === "string" ? data.code : null;
}

/** Seconds until a rate-limited call may be tried again, when the api says (`data.retryAfterSeconds`). */
export function retryAfterSeconds(err: unknown): number | null {
  if (!isTRPCClientError(err)) return null;
  const seconds = (err.data as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === "number" && seconds > 0 ? seconds : null;
}

function tooManyAttempts(seconds: number | null): string {
  const m = messagesOf(messages);
  return seconds === null ? m.tooManyAttempts : m.tryAgainIn(Math.ceil(seconds / 60));
}
