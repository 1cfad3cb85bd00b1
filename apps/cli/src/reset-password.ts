// `pnpm docscan reset-password <email>`: the way back in for the only admin who forgot their password.
// Talks to the database directly (DATABASE_URL, or the running embedded one under DOCSCAN_DATA_DIR).
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { text } from "node:stream/consumers";
import { createDatabase, findUserForLogin, updateUser } from "@docscan/db";
import { hashPassword } from "@docscan/db/passwords";
import { emailSchema, passwordSchema } from "@docscan/shared";
import { loadEnv } from "./env.ts";
import { instanceDatabaseUrl, reachable } from "./instance.ts";

export const RESET_PASSWORD_USAGE = `  pnpm docscan reset-password <email>
      Sets a new password (asked for; or one line on standard input) and ends the user's sessions and API tokens.
      Uses DATABASE_URL, or the embedded database of a running \`pnpm start\` under DOCSCAN_DATA_DIR.`;

/** Reads one line: on a terminal without echoing it; from a pipe, its first line (a final newline optional). */
async function readPassword(prompt: string): Promise<string> {
  if (!process.stdin.isTTY) {
    const input = await text(process.stdin);
    const line = input.split(/\r?\n/)[0] ?? "";
    if (input === "") throw new Error("no password on standard input");
    return line;
  }
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _enc, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    const answer = rl.question(prompt);
    muted = true;
    const line = await answer;
    process.stderr.write("\n");
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
  const env = loadEnv();
  const url = instanceDatabaseUrl(env);
  const database = createDatabase(url, { max: 1 });
  try {
    // The user first: a database that cannot be reached, or a wrong email, is said before a password is typed.
    await reachable(database, url);
    const user = await findUserForLogin(database.db, email.data);
    if (!user) throw new Error(`no user with the email ${email.data}`);
    const password = passwordSchema.safeParse(await readPassword(`New password for ${email.data}: `));
    if (!password.success) throw new Error(password.error.issues[0]!.message);
    await updateUser(database.db, user.id, { passwordHash: await hashPassword(password.data) });
    process.stdout.write(`password changed for ${user.email} (${user.role}); their sessions and API tokens have ended\n`);
    return 0;
  } finally {
    await database.close();
  }
}
