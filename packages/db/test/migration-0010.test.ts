import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { MIGRATIONS_FOLDER } from "../src/migrate.ts";
import { apiTokens, users } from "../src/schema/index.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing.ts";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.drop();
});

// Disabling a user used to leave their API tokens in place; enabling them again brought the tokens back.
it("0010 deletes the API tokens of users who are disabled, and only theirs", async () => {
  const [enabled, disabled] = await t.db
    .insert(users)
    .values([
      { email: "on@example.test", passwordHash: "x" },
      { email: "off@example.test", passwordHash: "x", disabled: true },
    ])
    .returning({ id: users.id });
  await t.db.insert(apiTokens).values([
    { userId: enabled!.id, name: "kept", tokenHash: "h1", prefix: "p1" },
    { userId: disabled!.id, name: "gone", tokenHash: "h2", prefix: "p2" },
  ]);
  await t.db.execute(sql.raw(readFileSync(join(MIGRATIONS_FOLDER, "0010_disabled_users_lose_tokens.sql"), "utf8")));
  const left = await t.db.select({ name: apiTokens.name }).from(apiTokens);
  expect(left.map((r) => r.name)).toEqual(["kept"]);
});
