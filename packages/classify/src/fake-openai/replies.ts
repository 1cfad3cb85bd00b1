// Building blocks for handlers of the fake OpenAI server: what a request
// asked for, and the answers a real server may give.
import type { IncomingHttpHeaders } from "node:http";

export interface FakeRequest {
  method: string;
  /** Path without the query string, e.g. "/v1/chat/completions". */
  path: string;
  headers: IncomingHttpHeaders;
  /** Parsed JSON body; the raw text when it is not JSON; undefined when empty. */
  body: unknown;
}

export interface FakeResponse {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON; a string is sent as-is. */
  body?: unknown;
  /** Wait this long before answering. Without status and body, the default answer follows the wait. */
  delayMs?: number;
}

/** Returns undefined to let the default behaviour answer. */
export type FakeHandler = (request: FakeRequest) => FakeResponse | undefined | Promise<FakeResponse | undefined>;

export interface TopicChoice {
  name: string;
  confidence: number;
  /** Supporting passage; the classifier keeps it only if the document contains it. */
  quote?: string;
}

/** A custom field's value as a model answers it (unchecked: the classifier checks type and quote). */
export interface FieldChoice {
  name: string;
  value: string;
  confidence: number;
  quote: string;
}

/** The answer's topics, and the values of fields, the document's date and sender (each sent only when given: a server may leave them out). */
export type TopicChooser = (request: FakeRequest) => {
  topics: TopicChoice[];
  fields?: FieldChoice[];
  documentDate?: { date: string; confidence: number; quote: string } | null;
  correspondent?: { name: string; confidence: number; quote: string } | null;
};

export interface Usage {
  prompt_tokens: number;
  completion_tokens: number;
}

export function isChatRequest(request: FakeRequest): boolean {
  return request.method === "POST" && request.path.endsWith("/chat/completions");
}

/** The enum of topic names in the request's json_schema response format. */
export function requestedTopicNames(request: FakeRequest): string[] {
  const names = dig(request.body, [
    "response_format", "json_schema", "schema", "properties", "topics", "items", "properties", "name", "enum",
  ]);
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === "string") : [];
}

/** The enum of field names in the request's json_schema response format (empty when it asks for no fields). */
export function requestedFieldNames(request: FakeRequest): string[] {
  const names = dig(request.body, [
    "response_format", "json_schema", "schema", "properties", "fields", "items", "properties", "name", "enum",
  ]);
  return Array.isArray(names) ? names.filter((n): n is string => typeof n === "string") : [];
}

/** The text of the chat messages with the given role ("user" by default), joined by blank lines. */
export function messageText(request: FakeRequest, role = "user"): string {
  const messages = dig(request.body, ["messages"]);
  if (!Array.isArray(messages)) return "";
  return messages
    .filter((m) => dig(m, ["role"]) === role)
    .map((m) => {
      const content = dig(m, ["content"]);
      return typeof content === "string" ? content : JSON.stringify(content);
    })
    .join("\n\n");
}

/** Default rule: every listed topic whose name the user message mentions (any case), confidence 0.9. */
export const mentionedTopics: TopicChooser = (request) => {
  const text = messageText(request).toLowerCase();
  return {
    topics: requestedTopicNames(request)
      .filter((name) => text.includes(name.toLowerCase()))
      .map((name) => ({ name, confidence: 0.9 })),
  };
};

/** Answers chat completions with the topics `choose` picks; leaves other requests to the default. */
export function answerTopics(choose: TopicChooser): (request: FakeRequest) => FakeResponse | undefined {
  return (request) => {
    if (!isChatRequest(request)) return undefined;
    const content = JSON.stringify(choose(request));
    const model = dig(request.body, ["model"]);
    return chatCompletion(content, {
      model: typeof model === "string" ? model : undefined,
      usage: { prompt_tokens: estimateTokens(JSON.stringify(dig(request.body, ["messages"]) ?? "")), completion_tokens: estimateTokens(content) },
    });
  };
}

/** Answers the n-th chat completion with `responses[n]`; later ones and `undefined` entries get the default. */
export function chatReplies(...responses: (FakeResponse | undefined)[]): FakeHandler {
  let n = 0;
  return (request) => (isChatRequest(request) ? responses[n++] : undefined);
}

export function chatCompletion(
  content: string | null,
  options: { model?: string | undefined; usage?: Usage | null; refusal?: string } = {},
): FakeResponse {
  const usage = options.usage === undefined ? { prompt_tokens: 100, completion_tokens: 20 } : options.usage;
  return {
    body: {
      id: `chatcmpl-fake-${Date.now()}`,
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: options.model ?? "fake-model",
      choices: [
        {
          index: 0,
          message: { role: "assistant", content, refusal: options.refusal ?? null },
          finish_reason: "stop",
          logprobs: null,
        },
      ],
      ...(usage && { usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } }),
    },
  };
}

/** A well-formed answer naming exactly these topics (listed or not). */
export function topicAnswer(topics: TopicChoice[], options: { model?: string; usage?: Usage | null } = {}): FakeResponse {
  return chatCompletion(JSON.stringify({ topics }), options);
}

/** A completion whose content is cut-off JSON. */
export function malformedAnswer(): FakeResponse {
  return chatCompletion('{"topics": [{"name": "Fin');
}

export function apiError(status: number, message: string, extra: { type?: string; code?: string } = {}): FakeResponse {
  return { status, body: { error: { message, type: extra.type ?? "invalid_request_error", code: extra.code ?? null, param: null } } };
}

export function rateLimited(retryAfterSeconds = 1): FakeResponse {
  return {
    ...apiError(429, "Rate limit reached", { type: "requests", code: "rate_limit_exceeded" }),
    headers: { "retry-after": String(retryAfterSeconds) },
  };
}

export function serverError(status = 500): FakeResponse {
  return apiError(status, "The server had an error while processing your request.", { type: "server_error" });
}

/** `response` after a delay; without one, the default answer after a delay. */
export function slow(delayMs: number, response: FakeResponse = {}): FakeResponse {
  return { ...response, delayMs };
}

function estimateTokens(text: string): number {
  return Math.max(1, Math.ceil(text.length / 4));
}

function dig(value: unknown, path: readonly string[]): unknown {
  let v = value;
  for (const key of path) {
    if (typeof v !== "object" || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}
