import { LocalClassifier } from "./local/classifier.ts";
import { openAISettings } from "./openai/client.ts";
import { OpenAIClassifier } from "./openai/classifier.ts";
import type { Classifier, ClassifierConfig, ProviderName } from "./types.ts";

/** "auto" means openai when an API key is set, else local. */
export function resolveProvider(config: Pick<ClassifierConfig, "provider" | "apiKey">): ProviderName {
  if (config.provider !== "auto") return config.provider;
  return config.apiKey?.trim() ? "openai" : "local";
}

/** Throws ClassificationError when the OpenAI provider is chosen without an API key. */
export function createClassifier(config: ClassifierConfig): Classifier {
  return resolveProvider(config) === "openai" ? new OpenAIClassifier(openAISettings(config)) : new LocalClassifier();
}
