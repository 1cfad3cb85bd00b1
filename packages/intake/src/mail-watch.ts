// IMAP IDLE (RFC 2177): one connection per enabled account, on its first folder, so that a new message is
// checked within seconds instead of at the next poll. The poll stays what guarantees every message is seen
// (other folders, a server without IDLE, a watcher that lost its connection); a watcher only says "check
// this account now".
import type { ImapFlow } from "imapflow";
import type { Logger } from "pino";
import { decryptSecret } from "@docscan/db/secrets";
import type { MailAccountRow } from "@docscan/db/schema";
import { imapClient, resolveImapTarget, type MailDeps } from "./mail.ts";

/** How long a watcher that failed (or a server without IDLE) waits before the next try. */
const RETRY_MS = 5 * 60_000;

interface Watcher {
  /** What the connection was made with: a change to the account replaces the watcher. */
  signature: string;
  client: ImapFlow | null;
  /** No new try before this (after a failure, or when the server has no IDLE). */
  retryAt: number;
}

const signatureOf = (a: MailAccountRow) => JSON.stringify([a.host, a.port, a.tls, a.username, a.passwordEncrypted, a.folders[0]]);

export interface MailWatchers {
  /** Starts, replaces and stops watchers to match the enabled accounts. */
  sync(accounts: MailAccountRow[]): void;
  stop(): Promise<void>;
}

/** `onNews(accountId)` is called when the watched folder of an account gets a new message. */
export function startMailWatchers(deps: MailDeps, onNews: (accountId: string) => void, log: Logger): MailWatchers {
  const watchers = new Map<string, Watcher>();
  let stopped = false;

  function close(w: Watcher): void {
    w.client?.removeAllListeners();
    w.client?.on("error", () => {});
    w.client?.close();
    w.client = null;
  }

  async function watch(account: MailAccountRow, w: Watcher): Promise<void> {
    // The account may be edited or removed, or all stopped, while this connects: then the watcher goes.
    const current = () => !stopped && watchers.get(account.id) === w;
    try {
      const target = await resolveImapTarget(account.host, deps.allowPrivate);
      const client = imapClient({ ...account, password: decryptSecret(deps.secretKey, account.passwordEncrypted) }, target);
      w.client = client;
      client.on("error", (err: unknown) => log.debug({ err, account: account.id }, "mail: watcher connection error"));
      client.on("close", () => {
        if (w.client !== client) return;
        w.client = null;
        w.retryAt = Date.now() + RETRY_MS / 10; // dropped: try again soon (the poll covers the gap)
      });
      await client.connect();
      if (!current()) return close(w);
      if (!client.capabilities.has("IDLE")) {
        log.info({ account: account.id }, "mail: the server does not offer IDLE; new messages wait for the next poll");
        w.retryAt = Date.now() + RETRY_MS;
        close(w);
        return;
      }
      // "exists" with a higher count is a new message, told by the server while the connection IDLEs.
      client.on("exists", (info: { count: number; prevCount: number }) => {
        if (info.count > info.prevCount) onNews(account.id);
      });
      await client.mailboxOpen(account.folders[0]!, { readOnly: true });
      if (!current()) return close(w);
      // IDLE now (imapflow would start it after 15 s of quiet, and again whenever an IDLE ends).
      void client.idle().catch(() => {});
      // What arrived between the last check and now would otherwise wait for the next poll.
      onNews(account.id);
    } catch (err) {
      if (w.client) close(w);
      w.retryAt = Date.now() + RETRY_MS;
      log.debug({ err, account: account.id }, "mail: could not watch the account; the poll covers it");
    }
  }

  return {
    sync(accounts) {
      if (stopped) return;
      const wanted = new Map(accounts.filter((a) => a.enabled && a.folders.length > 0).map((a) => [a.id, a]));
      for (const [id, w] of watchers) {
        const a = wanted.get(id);
        if (!a || signatureOf(a) !== w.signature) {
          close(w);
          watchers.delete(id);
        }
      }
      for (const [id, a] of wanted) {
        let w = watchers.get(id);
        if (!w) watchers.set(id, (w = { signature: signatureOf(a), client: null, retryAt: 0 }));
        if (!w.client && Date.now() >= w.retryAt) {
          w.retryAt = Number.POSITIVE_INFINITY; // until this try settles
          void watch(a, w);
        }
      }
    },
    async stop() {
      stopped = true;
      for (const w of watchers.values()) close(w);
      watchers.clear();
    },
  };
}
