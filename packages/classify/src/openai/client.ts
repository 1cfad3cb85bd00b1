import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "openai";
import { ClassificationError } from "../errors.ts";
import type { Limiter } from "../limiter.ts";
import type { ClassifierConfig } from "../types.ts";
import { DEFAULT_MAX_INPUT_TOKENS } from "./prompt.ts";

export const DEFAULT_BASE_URL = "https://api.openai.com/v1";
export const DEFAULT_TIMEOUT_MS = 60_000;
export const DEFAULT_MAX_RETRIES = 2;

export interface OpenAISettings {
  apiKey: string;
  baseURL: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  maxInputTokens: number;
  allowNewTopics: boolean;
  limiter: Limiter | null;
}

/** Sent to a server at another base URL when no key is set: the SDK insists on one, local servers ignore it. */
const NO_KEY = "no-key";

/** Validates the config for the OpenAI provider and fills in defaults. */
export function openAISettings(config: ClassifierConfig): OpenAISettings {
  const baseURL = config.baseUrl?.trim() || DEFAULT_BASE_URL;
  // Ollama, vLLM and LM Studio take no key; OpenAI itself does.
  const apiKey = config.apiKey?.trim() || (baseURL === DEFAULT_BASE_URL ? "" : NO_KEY);
  if (!apiKey) throw new ClassificationError("OpenAI provider needs an API key (a server at another base URL can do without)");
  const model = config.model.trim();
  if (!model) throw new ClassificationError("OpenAI provider needs a model name");
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new ClassificationError("timeoutMs must be a positive number");
  const maxRetries = config.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!Number.isInteger(maxRetries) || maxRetries < 0) throw new ClassificationError("maxRetries must be a whole number ≥ 0");
  const maxInputTokens = config.maxInputTokens ?? DEFAULT_MAX_INPUT_TOKENS;
  if (!Number.isInteger(maxInputTokens) || maxInputTokens < 100) {
    throw new ClassificationError("maxInputTokens must be a whole number ≥ 100");
  }
  return {
    apiKey,
    baseURL,
    model,
    timeoutMs,
    maxRetries,
    maxInputTokens,
    allowNewTopics: config.allowNewTopics ?? false,
    limiter: config.limiter ?? null,
  };
}

export function openAIClient(s: OpenAISettings): OpenAI {
  return new OpenAI({
    apiKey: s.apiKey,
    baseURL: s.baseURL,
    timeout: s.timeoutMs,
    // Retries are ours (./retry.ts): the SDK would wait as long as any Retry-After says.
    maxRetries: 0,
    // Explicit values so the SDK does not pick these up from process.env, and
    // stays quiet: failures reach the caller as ClassificationError instead.
    organization: null,
    project: null,
    logLevel: "off",
  });
}

/** Turns whatever the SDK threw into a message a user can act on. */
export function toClassificationError(err: unknown, s: OpenAISettings): ClassificationError {
  if (err instanceof ClassificationError) return err;
  const fail = (message: string, retryable = false) => new ClassificationError(message, { cause: err, retryable });
  const server = `the model server at ${s.baseURL}`;

  if (err instanceof APIConnectionTimeoutError) {
    return fail(`${server} did not answer within ${formatMs(s.timeoutMs)}`, true);
  }
  if (err instanceof APIUserAbortError) return fail("the request to the model server was cancelled");
  if (err instanceof APIConnectionError) {
    const code = errorCode(err);
    return fail(`could not reach ${server}${code ? ` (${code})` : ""}`, true);
  }
  if (err instanceof AuthenticationError) return fail(`${server} rejected the API key (401)`);
  if (err instanceof PermissionDeniedError) return fail(`${server} refused access to model "${s.model}" (403)`);
  if (err instanceof NotFoundError) {
    return fail(`${server} answered 404: check the base URL and that model "${s.model}" exists`);
  }
  if (err instanceof RateLimitError) {
    if (err.code === "insufficient_quota") return fail(`the account at ${s.baseURL} has no quota left (429)`);
    return fail(`${server} is rate-limiting requests (429) and retries ran out`, true);
  }
  if (err instanceof BadRequestError) return fail(`${server} rejected the request (400): ${err.message}`);
  if (err instanceof APIError && err.status !== undefined) {
    return fail(`${server} failed with status ${err.status}`, err.status >= 500);
  }
  return fail(`classification failed: ${err instanceof Error ? err.message : String(err)}`);
}

/** The system error code (ECONNREFUSED, ENOTFOUND, …) somewhere down the cause chain. */
function errorCode(err: unknown): string | undefined {
  for (let e: unknown = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return code;
  }
  return undefined;
}

function formatMs(ms: number): string {
  return ms >= 1000 && ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
