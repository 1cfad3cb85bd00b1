import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Key/value settings; values are JSON. Secrets inside are stored encrypted (see secrets.ts). */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
