import type OpenAI from "openai";
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { estimateCostUsd } from "../cost.ts";
import { ClassificationError } from "../errors.ts";
import type { Classifier, ClassifyInput, ClassifyResult, TokenUsage } from "../types.ts";
import { type ParsedAnswer, parseAnswer } from "./answer.ts";
import { type OpenAISettings, openAIClient, toClassificationError } from "./client.ts";
import { type PromptOptions, offeredFields, promptMessages, requestFormat } from "./prompt.ts";
import { withRetries } from "./retry.ts";

/** Answers that are not valid JSON are asked for once more (a fresh sample usually is). */
const ANSWER_ATTEMPTS = 2;

export class OpenAIClassifier implements Classifier {
  readonly provider = "openai" as const;
  readonly #settings: OpenAISettings;
  readonly #client: OpenAI;

  constructor(settings: OpenAISettings) {
    this.#settings = settings;
    this.#client = openAIClient(settings);
  }

  async classify(input: ClassifyInput): Promise<ClassifyResult> {
    const limiter = this.#settings.limiter;
    return limiter ? limiter.run(() => this.#classify(input)) : this.#classify(input);
  }

  async #classify(input: ClassifyInput): Promise<ClassifyResult> {
    const started = performance.now();
    const s = this.#settings;
    const options: PromptOptions = { model: s.model, maxInputTokens: s.maxInputTokens, allowNewTopics: s.allowNewTopics };
    const request: ChatCompletionCreateParamsNonStreaming = {
      model: s.model,
      messages: promptMessages(input, options),
      response_format: requestFormat(input, s.allowNewTopics),
    };
    const fields = offeredFields(input.topics, input.fields);
    let usage: TokenUsage | null = null;
    let reason = "";
    for (let attempt = 1; attempt <= ANSWER_ATTEMPTS; attempt++) {
      const completion = await this.#complete(request);
      usage = addUsage(usage, completion.usage);
      const message = completion.choices[0]?.message;
      const parsed = message?.refusal
        ? { ok: false as const, reason: `refused: ${message.refusal}` }
        : parseAnswer(message?.content, input.topics, input.text, s.allowNewTopics, fields);
      if (parsed.ok) {
        return this.#result(started, completion.model || s.model, parsed, usage);
      }
      reason = parsed.reason;
    }
    throw new ClassificationError(`the model answered with invalid JSON twice (${reason})`);
  }

  async #complete(request: ChatCompletionCreateParamsNonStreaming): Promise<ChatCompletion> {
    try {
      return await withRetries(() => this.#client.chat.completions.create(request), this.#settings.maxRetries);
    } catch (err) {
      throw toClassificationError(err, this.#settings);
    }
  }

  #result(started: number, model: string, answer: Extract<ParsedAnswer, { ok: true }>, usage: TokenUsage | null): ClassifyResult {
    const cost = usage && (estimateCostUsd(model, usage.inputTokens, usage.outputTokens) ??
      estimateCostUsd(this.#settings.model, usage.inputTokens, usage.outputTokens));
    return {
      provider: "openai",
      model,
      suggestions: answer.suggestions,
      proposedTopic: answer.proposedTopic,
      fields: answer.fields,
      documentDate: answer.documentDate,
      correspondent: answer.correspondent,
      usage,
      costUsd: cost ?? null,
      latencyMs: Math.round(performance.now() - started),
    };
  }
}

function addUsage(
  total: TokenUsage | null,
  usage: { prompt_tokens: number; completion_tokens: number } | undefined,
): TokenUsage | null {
  if (!usage) return total;
  return {
    inputTokens: (total?.inputTokens ?? 0) + usage.prompt_tokens,
    outputTokens: (total?.outputTokens ?? 0) + usage.completion_tokens,
  };
}
