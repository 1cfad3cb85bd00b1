import type OpenAI from "openai";
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { ClassificationError } from "../errors.ts";
import type { Classifier, ClassifyInput, ClassifyResult, TokenUsage, TopicSuggestion } from "../types.ts";
import { type ParsedAnswer, parseAnswer } from "./answer.ts";
import { type OpenAISettings, openAIClient, toClassificationError } from "./client.ts";
import { responseFormat, systemPrompt, topicNames, userMessage } from "./prompt.ts";

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
    const started = performance.now();
    const done = (model: string, suggestions: TopicSuggestion[], usage: TokenUsage | null): ClassifyResult => ({
      provider: "openai",
      model,
      suggestions,
      usage,
      latencyMs: Math.round(performance.now() - started),
    });
    if (input.topics.length === 0) return done(this.#settings.model, [], null);

    const request = {
      model: this.#settings.model,
      messages: [
        { role: "system" as const, content: systemPrompt(input.topics) },
        { role: "user" as const, content: userMessage(input) },
      ],
      response_format: responseFormat(topicNames(input.topics)),
    };
    let usage: TokenUsage | null = null;
    let reason = "";
    for (let attempt = 1; attempt <= ANSWER_ATTEMPTS; attempt++) {
      const completion = await this.#complete(request);
      usage = addUsage(usage, completion.usage);
      const message = completion.choices[0]?.message;
      const parsed: ParsedAnswer = message?.refusal
        ? { ok: false, reason: `refused: ${message.refusal}` }
        : parseAnswer(message?.content, input.topics);
      if (parsed.ok) return done(completion.model || this.#settings.model, parsed.suggestions, usage);
      reason = parsed.reason;
    }
    throw new ClassificationError(`the model answered with invalid JSON twice (${reason})`);
  }

  async #complete(request: ChatCompletionCreateParamsNonStreaming): Promise<ChatCompletion> {
    try {
      return await this.#client.chat.completions.create(request);
    } catch (err) {
      throw toClassificationError(err, this.#settings);
    }
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
