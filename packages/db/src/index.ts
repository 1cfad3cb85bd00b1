export { createDatabase, type Database, type Db, type DbOrTx } from "./client.ts";
export * from "./queries/documents.ts";
export * from "./queries/document-list.ts";
export * from "./queries/topics.ts";
export * from "./queries/settings.ts";
export * from "./queries/pages.ts";
export * from "./queries/classification.ts";
export * from "./queries/accounts.ts";
export type { DocumentRow, FolderRow, TopicRow, UserRow } from "./schema/index.ts";
