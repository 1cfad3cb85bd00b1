// `pnpm docscan reset-password <email>`: the way back in for the only admin who forgot their password.
// Talks to the database directly (DATABASE_URL, or the running embedded one under DOCSCAN_DATA_DIR).
import { resolve } from "node:path";
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { createDatabase, findUserForLogin, updateUser } from "@docscan/db";
import { hashPassword } from "@docscan/db/passwords";
import { emailSchema, passwordSchema } from "@docscan/shared";
import { embeddedDatabaseUrl } from "./embedded-postgres.ts";
import { loadEnv } from "./env.ts";

export const RESET_PASSWORD_USAGE = `  pnpm docscan reset-password <email>
      Sets a new password (asked for; or one line on standard input) and ends the user's sessions.
      Uses DATABASE_URL, or the embedded database of a running \`pnpm start\` under DOCSCAN_DATA_DIR.`;

/** Reads one line; on a terminal without echoing it. */
async function readPassword(prompt: string): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY });
  try {
    const answer = rl.question(prompt);
    muted = true;
    const line = await answer;
    if (process.stdin.isTTY) process.stderr.write("\n");
    return line;
  } finally {
    rl.close();
  }
}

export async function runResetPassword(args: string[]): Promise<number> {
  const [rawEmail] = args;
  const email = emailSchema.safeParse(rawEmail ?? "");
  if (!email.success) {
    process.stderr.write(`usage:\n${RESET_PASSWORD_USAGE}\n`);
    return 1;
  }
  const password = passwordSchema.safeParse(await readPassword(`New password for ${email.data}: `));
  if (!password.success) throw new Error(password.error.issues[0]!.message);

  const env = loadEnv();
  const database = createDatabase(env.DATABASE_URL ?? embeddedDatabaseUrl(resolve(env.DOCSCAN_DATA_DIR), env.EMBEDDED_PG_PORT), { max: 1 });
  try {
    const user = await findUserForLogin(database.db, email.data);
    if (!user) throw new Error(`no user with the email ${email.data}`);
    await updateUser(database.db, user.id, { passwordHash: await hashPassword(password.data) });
    process.stdout.write(`password changed for ${user.email} (${user.role}); their sessions have ended\n`);
    return 0;
  } finally {
    await database.close();
  }
}
