// A real Dovecot IMAP server for the tests (the intake tests and the console's mail-account spec): a
// throwaway configuration in a temp dir, passwd-file users, plain sign-in without TLS on 127.0.0.1, maildir
// storage, a port picked free. Stopped (and removed) after.
import { execFile, spawn } from "node:child_process";
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const DOVECOT = "/usr/sbin/dovecot";

export interface Dovecot {
  host: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function canConnect(port: number): Promise<boolean> {
  const { connect } = await import("node:net");
  return new Promise((resolve) => {
    const s = connect(port, "127.0.0.1");
    s.once("connect", () => {
      s.destroy();
      resolve(true);
    });
    s.once("error", () => resolve(false));
  });
}

/** Starts Dovecot with users `name:password`; mail is owned by the unprivileged `mailUser` when running as root. */
export async function startDovecot(users: Record<string, string>): Promise<Dovecot> {
  const dir = await mkdtemp(join(tmpdir(), "docscan-dovecot-"));
  const port = await freePort();
  const root = userInfo().uid === 0;
  // As root, mail processes run as `nobody` (Dovecot refuses uid 0 for mail); else as ourselves.
  const uid = root ? 65534 : userInfo().uid;
  const gid = root ? 65534 : userInfo().gid;
  const mail = join(dir, "mail");
  await mkdir(mail, { recursive: true });
  await mkdir(join(dir, "run"), { recursive: true });
  await mkdir(join(dir, "state"), { recursive: true });
  if (root) {
    await chown(mail, uid, gid);
    await chmod(dir, 0o755);
  }
  await writeFile(join(dir, "passwd"), Object.entries(users).map(([u, p]) => `${u}:{PLAIN}${p}::::::\n`).join(""));
  const loginUser = root ? "dovenull" : userInfo().username;
  const internalUser = root ? "dovecot" : userInfo().username;
  const conf = `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_login_user = ${loginUser}
default_internal_user = ${internalUser}
first_valid_uid = ${Math.min(uid, 500)}
mail_location = maildir:${mail}/%u
mail_uid = ${uid}
mail_gid = ${gid}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = home=${mail}/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service stats {
  unix_listener stats-writer {
    mode = 0666
  }
}
`;
  await writeFile(join(dir, "dovecot.conf"), conf);
  const proc = spawn(DOVECOT, ["-F", "-c", join(dir, "dovecot.conf")], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  proc.stdout.on("data", (c: Buffer) => (output += c.toString()));
  proc.stderr.on("data", (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 20_000;
  while (!(await canConnect(port))) {
    if (proc.exitCode !== null || Date.now() > deadline) {
      const log = await readFile(join(dir, "dovecot.log"), "utf8").catch(() => "");
      proc.kill("SIGKILL");
      throw new Error(`dovecot did not start (exit ${proc.exitCode}): ${output}\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    host: "127.0.0.1",
    port,
    dir,
    async stop() {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once("exit", r));
        proc.kill("SIGTERM");
        const timer = setTimeout(() => proc.kill("SIGKILL"), 10_000);
        await exited;
        clearTimeout(timer);
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export const execFileAsync = promisify(execFile);
