export * from "./documents.ts";
export * from "./topics.ts";
export * from "./settings.ts";
