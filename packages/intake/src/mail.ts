// Mail accounts (ADR 0020): each enabled account is checked every MAIL_POLL_SECONDS over IMAP (imapflow);
// every message not yet handled is parsed (mailparser), matched against the account's rules, and its
// attachments and/or the message itself stored through the same path as uploads. The message is recorded
// (folder + UIDVALIDITY + UID, and its Message-ID) in the transaction that inserts its documents, so it is
// never imported twice; the rule's action on the server (mark read, flag, move, delete) follows the commit.
// A failed check is retried with a growing wait; its reason is shown on the account.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { and, eq, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { ImapFlow } from "imapflow";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import type { Logger } from "pino";
import { readQuota, type Db, type DbOrTx } from "@docscan/db";
import { decryptSecret, type SecretKey } from "@docscan/db/secrets";
import { folders, mailAccounts, mailMessages, topics, type MailAccountRow } from "@docscan/db/schema";
import { isPrivateAddress } from "@docscan/jobs/webhooks";
import { InvalidInputError, QuotaExceededError } from "@docscan/shared";
import { startMailWatchers } from "./mail-watch.ts";
import { firstMatchingRule, rulesSchema, type MailRule, type MessageFacts } from "./rules.ts";
import { fileFromBytes, safeFileName, storeDocuments, type IncomingFile, type StoreDeps } from "./store.ts";

export interface MailDeps extends StoreDeps {
  secretKey: SecretKey;
  /** MAIL_ALLOW_PRIVATE: accounts may name private, loopback and link-local servers. Off: refused (SSRF). */
  allowPrivate: boolean;
}

export interface ImapSettings {
  host: string;
  port: number;
  tls: boolean;
  username: string;
  password: string;
}

/** Messages larger than this are recorded as skipped, never downloaded. */
export const MAX_MESSAGE_BYTES = 100 * 1024 * 1024;
/** Messages handled per folder in one check; the rest wait for the next (a huge mailbox does not block others). */
export const MESSAGES_PER_CHECK = 200;
/** The longest wait between checks of a failing account. */
export const MAX_BACKOFF_SECONDS = 3600;
/** Advisory lock key: one process in a deployment checks mail accounts. */
export const MAIL_LOCK_KEY = 4_242_016;
const CONNECT_TIMEOUT_MS = 20_000;

/** Where to connect for a host: the address checked, and the name for TLS (SNI and the certificate check). */
export interface ImapTarget {
  address: string;
  servername: string | undefined;
}

/**
 * Refuses a host that is, or resolves to, a private, loopback or link-local address unless `allowPrivate`
 * (MAIL_ALLOW_PRIVATE), with the webhooks' address list (`isPrivateAddress`, ADR 0022). The connection then
 * goes to the address checked here, not to a second lookup of the name (DNS rebinding gains nothing).
 * Members add mail accounts, so without this the worker and "check connection" would knock on internal
 * services for them and show what answered.
 */
export async function resolveImapTarget(host: string, allowPrivate: boolean): Promise<ImapTarget> {
  const bare = host.replace(/^\[|\]$/g, "");
  if (allowPrivate) return { address: bare, servername: undefined };
  const literal = isIP(bare) !== 0;
  const addresses = literal
    ? [bare]
    : await lookup(bare, { all: true, verbatim: true }).then(
        (all) => all.map((a) => a.address),
        (err: NodeJS.ErrnoException) => {
          throw new InvalidInputError(`host not found: ${bare} could not be resolved (${err.code ?? err.message})`);
        },
      );
  const bad = addresses.find(isPrivateAddress);
  if (bad) throw new InvalidInputError(`${bare} is a private, loopback or link-local address (${bad}): refused (an admin can allow it with MAIL_ALLOW_PRIVATE)`);
  return { address: addresses[0]!, servername: literal ? undefined : bare };
}

/** A client for `s` that connects to `target`: always from resolveImapTarget, so no connection skips the guard. */
export function imapClient(s: ImapSettings, target: ImapTarget): ImapFlow {
  return new ImapFlow({
    host: target.address,
    ...(target.servername ? { servername: target.servername } : {}),
    port: s.port,
    secure: s.tls,
    // Without TLS, imapflow would still upgrade with STARTTLS when offered; `tls: false` means plain text on purpose.
    doSTARTTLS: s.tls ? undefined : false,
    auth: { user: s.username, pass: s.password },
    logger: false,
    connectionTimeout: CONNECT_TIMEOUT_MS,
    greetingTimeout: CONNECT_TIMEOUT_MS,
    socketTimeout: 5 * 60_000,
  });
}

/** A reason a person can act on, from an IMAP or network error. */
export function describeMailError(err: unknown): string {
  const e = err as { authenticationFailed?: boolean; code?: string; message?: string; responseText?: string };
  if (e.authenticationFailed) return `the server refused the sign-in: check the user name and password${e.responseText ? ` (${e.responseText})` : ""}`;
  if (e.code === "ECONNREFUSED") return "connection refused: check the host and port";
  if (e.code === "ENOTFOUND" || e.code === "EAI_AGAIN") return "host not found: check the host name";
  if (e.code === "ETIMEDOUT" || e.code === "CONNECT_TIMEOUT" || e.code === "GREETING_TIMEOUT") return "the server did not answer in time";
  if (e.code === "NoConnection" || e.code === "ECONNRESET" || e.code === "EPIPE") return "the server closed the connection";
  return e.responseText || e.message || String(err);
}

/** Signs in and lists the folders: the console's "test connection". */
export async function testConnection(s: ImapSettings, opts: { allowPrivate: boolean }): Promise<{ ok: true; folders: string[] } | { ok: false; error: string }> {
  let target: ImapTarget;
  try {
    target = await resolveImapTarget(s.host, opts.allowPrivate);
  } catch (err) {
    return { ok: false, error: describeMailError(err) };
  }
  const client = imapClient(s, target);
  client.on("error", () => {}); // reported through the rejected promise below
  try {
    await client.connect();
    const list = await client.list();
    return { ok: true, folders: list.map((f) => f.path).sort() };
  } catch (err) {
    return { ok: false, error: describeMailError(err) };
  } finally {
    await client.logout().catch(() => client.close());
  }
}

const addressText = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a : a ? [a] : []).map((x) => x.text).join(", ");

function messageFacts(m: ParsedMail): MessageFacts {
  return {
    from: addressText(m.from),
    to: [addressText(m.to), addressText(m.cc)].filter(Boolean).join(", "),
    subject: m.subject ?? "",
    body: m.text ?? (typeof m.html === "string" ? m.html.replace(/<[^>]*>/g, " ") : ""),
    attachmentNames: m.attachments.filter((a) => !a.related).map((a) => a.filename ?? ""),
  };
}

/** The files a rule takes from a message, and what it left out (unsupported types) with reasons. */
async function filesOf(rule: MailRule, m: ParsedMail, source: Buffer): Promise<{ files: IncomingFile[]; notes: string[] }> {
  const files: IncomingFile[] = [];
  const notes: string[] = [];
  if (rule.import !== "message") {
    const wanted = rule.attachmentNameContains.toLowerCase();
    for (const a of m.attachments) {
      // Images the HTML body shows (cid:) are part of the message, not documents.
      if (a.related) continue;
      const name = safeFileName(a.filename ?? "", "attachment");
      if (wanted && !name.toLowerCase().includes(wanted)) continue;
      if (a.size < rule.minAttachmentBytes || a.content.length === 0) continue;
      const f = await fileFromBytes(a.content, name);
      if (typeof f === "string") notes.push(f);
      else files.push(f);
    }
  }
  if (rule.import !== "attachments") {
    const f = await fileFromBytes(source, `${safeFileName(m.subject ?? "", "message")}.eml`);
    if (typeof f === "string") notes.push(f);
    // The rule chose which attachments become documents: extraction must not store the others.
    else files.push({ ...f, splitAttachments: false });
  }
  return { files, notes };
}

/** The rule's folder and topics as they are now: a folder or topic deleted since the rule was saved is left out. */
async function placement(db: DbOrTx, ownerId: string, rule: MailRule): Promise<{ folderId: string | null; topicIds: string[] }> {
  let folderId: string | null = null;
  if (rule.folderId) {
    const [f] = await db.select({ id: folders.id }).from(folders).where(and(eq(folders.id, rule.folderId), eq(folders.ownerId, ownerId)));
    folderId = f?.id ?? null;
  }
  const topicIds =
    rule.topicIds.length === 0
      ? []
      : (await db.select({ id: topics.id }).from(topics).where(and(inArray(topics.id, rule.topicIds), or(isNull(topics.ownerId), eq(topics.ownerId, ownerId))))).map((t) => t.id);
  return { folderId, topicIds };
}

type ServerAction = NonNullable<typeof mailMessages.$inferSelect.pendingAction>;

/** What a rule leaves to do on the server after an import, or null. */
function serverAction(rule: MailRule): ServerAction | null {
  return rule.after === "none" ? null : { after: rule.after, moveTo: rule.moveTo };
}

async function applyAfter(client: ImapFlow, rule: ServerAction, uid: number): Promise<void> {
  const range = String(uid);
  if (rule.after === "seen") await client.messageFlagsAdd(range, ["\\Seen"], { uid: true });
  else if (rule.after === "flag") await client.messageFlagsAdd(range, ["\\Flagged"], { uid: true });
  else if (rule.after === "delete") await client.messageDelete(range, { uid: true });
  else if (rule.after === "move") {
    await client.mailboxCreate(rule.moveTo).catch(() => {}); // exists already: fine; other problems show in the move
    const moved = await client.messageMove(range, rule.moveTo, { uid: true });
    if (!moved) throw new Error(`could not move the message to "${rule.moveTo}"`);
  }
}

interface Counts {
  imported: number;
  skipped: number;
}

type Recorded = { outcome: "imported" | "skipped" | "failed"; reason: string | null; documents?: number };

/** Handles the new messages of one folder, counting them in `counts` (which keeps them should a later one fail). */
async function checkFolder(deps: MailDeps, client: ImapFlow, account: MailAccountRow, rules: MailRule[], folder: string, counts: Counts, log: Logger): Promise<void> {
  const lock = await client.getMailboxLock(folder);
  try {
    const mailbox = client.mailbox;
    if (!mailbox) throw new Error(`could not open the folder "${folder}"`);
    const uidValidity = Number(mailbox.uidValidity);
    const all = (await client.search({ all: true }, { uid: true })) || [];
    const known = new Set(
      (
        await deps.db
          .select({ uid: mailMessages.uid })
          .from(mailMessages)
          .where(and(eq(mailMessages.accountId, account.id), eq(mailMessages.folder, folder), eq(mailMessages.uidValidity, uidValidity)))
      ).map((r) => r.uid),
    );
    await finishOwedActions(deps, client, account, folder, uidValidity, new Set(all), log);
    const fresh = all.filter((uid) => !known.has(uid)).sort((a, b) => a - b).slice(0, MESSAGES_PER_CHECK);
    for (const uid of fresh) {
      const base = { accountId: account.id, folder, uidValidity, uid };
      const record = (tx: DbOrTx, r: Recorded & { messageId?: string | null; subject?: string | null; pendingAction?: ServerAction | null }) =>
        tx
          .insert(mailMessages)
          .values({ ...base, messageId: r.messageId ?? null, subject: r.subject ?? null, outcome: r.outcome, reason: r.reason, documents: r.documents ?? 0, pendingAction: r.pendingAction ?? null })
          .onConflictDoNothing();

      const meta = await client.fetchOne(String(uid), { size: true }, { uid: true });
      if (!meta) continue; // expunged meanwhile
      if ((meta.size ?? 0) > MAX_MESSAGE_BYTES) {
        await record(deps.db, { outcome: "skipped", reason: `larger than ${MAX_MESSAGE_BYTES / (1024 * 1024)} MB` });
        counts.skipped++;
        continue;
      }
      const msg = await client.fetchOne(String(uid), { source: true }, { uid: true });
      if (!msg || !msg.source) continue;
      const source = msg.source;
      const parsed = await simpleParser(source, { skipHtmlToText: false, skipTextLinks: true, skipImageLinks: true });
      const messageId = parsed.messageId?.slice(0, 998) ?? null;
      const subject = parsed.subject?.slice(0, 500) ?? null;
      if (messageId) {
        const [seen] = await deps.db.select({ id: mailMessages.id }).from(mailMessages).where(and(eq(mailMessages.accountId, account.id), eq(mailMessages.messageId, messageId)));
        if (seen) {
          await record(deps.db, { outcome: "skipped", reason: `already handled: same Message-ID ${messageId}`, subject });
          counts.skipped++;
          continue;
        }
      }
      const match = firstMatchingRule(rules, messageFacts(parsed));
      if (!match) {
        await record(deps.db, { outcome: "skipped", reason: "no rule matched", messageId, subject });
        counts.skipped++;
        continue;
      }
      const { rule } = match;
      const { files, notes } = await filesOf(rule, parsed, source);
      const where = await placement(deps.db, account.ownerId, rule);
      let outcome: Recorded;
      if (files.length === 0) {
        outcome = { outcome: "skipped", reason: notes.length ? notes.join("; ") : `rule ${match.index + 1} matched but found nothing to import` };
        await record(deps.db, { ...outcome, messageId, subject });
      } else {
        try {
          outcome = { outcome: "imported", reason: notes.length ? notes.join("; ") : null, documents: files.length };
          await storeDocuments(deps, files, {
            ownerId: account.ownerId,
            ...where,
            quota: await readQuota(deps.db, account.ownerId),
            record: (tx) => record(tx, { ...outcome, messageId, subject, pendingAction: serverAction(rule) }).then(() => {}),
          });
        } catch (err) {
          if (!(err instanceof QuotaExceededError)) throw err;
          outcome = { outcome: "failed", reason: err.message };
          await record(deps.db, { ...outcome, messageId, subject });
        }
      }
      log.info({ account: account.id, folder, uid, outcome: outcome.outcome, documents: outcome.documents ?? 0 }, "mail: message handled");
      if (outcome.outcome === "imported") {
        counts.imported++;
        const action = serverAction(rule);
        if (action) await doOwedAction(deps, client, account, folder, uidValidity, uid, action);
      } else counts.skipped++;
    }
  } finally {
    lock.release();
  }
}

const oneMessage = (accountId: string, folder: string, uidValidity: number, uid: number) =>
  and(eq(mailMessages.accountId, accountId), eq(mailMessages.folder, folder), eq(mailMessages.uidValidity, uidValidity), eq(mailMessages.uid, uid));

/** Does an owed action on the server, then records that nothing is owed any more. */
async function doOwedAction(deps: MailDeps, client: ImapFlow, account: MailAccountRow, folder: string, uidValidity: number, uid: number, action: ServerAction): Promise<void> {
  await applyAfter(client, action, uid);
  await deps.db
    .update(mailMessages)
    .set({ pendingAction: null })
    .where(oneMessage(account.id, folder, uidValidity, uid));
}

/**
 * Actions still owed for messages imported earlier: the process ended between an import's commit and its
 * action (or the action failed). A message no longer in the folder (moved or deleted by someone) owes nothing.
 */
async function finishOwedActions(deps: MailDeps, client: ImapFlow, account: MailAccountRow, folder: string, uidValidity: number, present: Set<number>, log: Logger): Promise<void> {
  const owed = await deps.db
    .select({ uid: mailMessages.uid, action: mailMessages.pendingAction })
    .from(mailMessages)
    .where(and(eq(mailMessages.accountId, account.id), eq(mailMessages.folder, folder), eq(mailMessages.uidValidity, uidValidity), isNotNull(mailMessages.pendingAction)));
  for (const { uid, action } of owed) {
    if (!present.has(uid)) {
      await deps.db.update(mailMessages).set({ pendingAction: null }).where(oneMessage(account.id, folder, uidValidity, uid));
      continue;
    }
    await doOwedAction(deps, client, account, folder, uidValidity, uid, action!);
    log.info({ account: account.id, folder, uid, after: action!.after }, "mail: finished the server action owed since an earlier check");
  }
}

/** How long a failing account waits before its next check: the interval, doubled per failure, capped. */
export function backoffSeconds(pollSeconds: number, failures: number): number {
  return Math.min(pollSeconds * 2 ** Math.min(failures, 16), MAX_BACKOFF_SECONDS);
}

/** Checks one account now and records the outcome on it (last check, processed, error, next check). */
export async function checkAccount(deps: MailDeps, account: MailAccountRow, pollSeconds: number, log: Logger): Promise<{ ok: boolean; imported: number; skipped: number }> {
  const startedAt = new Date();
  const counts: Counts = { imported: 0, skipped: 0 };
  let client: ImapFlow | null = null;
  try {
    const rules = rulesSchema.parse(account.rules);
    const target = await resolveImapTarget(account.host, deps.allowPrivate);
    client = imapClient({ ...account, password: decryptSecret(deps.secretKey, account.passwordEncrypted) }, target);
    client.on("error", (err: unknown) => log.warn({ err, account: account.id }, "mail: connection error"));
    await client.connect();
    for (const folder of account.folders) await checkFolder(deps, client, account, rules, folder, counts, log);
    await client.logout().catch(() => {});
    await deps.db
      .update(mailAccounts)
      .set({
        lastCheckAt: startedAt,
        lastSuccessAt: new Date(),
        lastError: null,
        failures: 0,
        processedCount: sql`${mailAccounts.processedCount} + ${counts.imported + counts.skipped}`,
        nextCheckAt: new Date(Date.now() + pollSeconds * 1000),
      })
      .where(eq(mailAccounts.id, account.id));
    return { ok: true, ...counts };
  } catch (err) {
    client?.close();
    const reason = describeMailError(err);
    log.warn({ err, account: account.id, reason }, "mail: check failed, will retry");
    const failures = account.failures + 1;
    await deps.db
      .update(mailAccounts)
      .set({
        lastCheckAt: startedAt,
        lastError: reason,
        failures,
        processedCount: sql`${mailAccounts.processedCount} + ${counts.imported + counts.skipped}`,
        nextCheckAt: new Date(Date.now() + backoffSeconds(pollSeconds, failures) * 1000),
      })
      .where(eq(mailAccounts.id, account.id));
    return { ok: false, ...counts };
  }
}

export interface MailPoller {
  /** Checks every account that is due, one after the other (also what the timer runs). */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Checks due accounts every few seconds while this process holds the mail lock on `lockDb` (a session
 * connection). An account is due when its next check time has come or is unset (new, edited, "check now"),
 * or when its IMAP IDLE watcher (mail-watch.ts) saw a new message.
 */
export function startMailPoller(deps: MailDeps, lockDb: Db, opts: { pollSeconds: number }, log: Logger): MailPoller {
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  let holding = false;
  /** Accounts whose watcher saw news since their last check. */
  const news = new Set<string>();
  const watchers = startMailWatchers(
    deps,
    (accountId) => {
      news.add(accountId);
      void tick();
    },
    log,
  );

  async function tickOnce(): Promise<void> {
    const rows = (await lockDb.execute(sql`select pg_try_advisory_lock(${MAIL_LOCK_KEY}) as locked`)) as unknown as { locked: boolean }[];
    const locked = rows[0]?.locked === true;
    if (locked !== holding) log.info(locked ? "mail: this process checks the mail accounts" : "mail: another process checks the mail accounts");
    holding = locked;
    if (!locked || stopped) {
      watchers.sync([]);
      return;
    }
    const enabled = await deps.db.select().from(mailAccounts).where(eq(mailAccounts.enabled, true)).orderBy(mailAccounts.nextCheckAt);
    watchers.sync(enabled);
    const now = Date.now();
    for (const account of enabled) {
      if (stopped) break;
      if (account.nextCheckAt && account.nextCheckAt.getTime() > now && !news.has(account.id)) continue;
      news.delete(account.id);
      await checkAccount(deps, account, opts.pollSeconds, log);
    }
  }

  function tick(): Promise<void> {
    if (running) {
      again = true; // news during a check: look once more when it ends
      return running;
    }
    running = tickOnce()
      .catch((err: unknown) => log.error({ err }, "mail: could not check the accounts"))
      .finally(() => {
        running = null;
        if (again && !stopped) {
          again = false;
          void tick();
        }
      });
    return running;
  }

  const timer = setInterval(() => void tick(), Math.min(opts.pollSeconds, 5) * 1000);
  void tick();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      await watchers.stop();
    },
  };
}
