export * from "./accounts.ts";
export * from "./folders.ts";
export * from "./documents.ts";
export * from "./topics.ts";
export * from "./settings.ts";
export * from "./pages.ts";
export * from "./classification.ts";
export * from "./decisions.ts";
