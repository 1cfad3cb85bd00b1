// A TCP proxy on 127.0.0.1 that the fault tests put between docscan and Postgres: `cut()` ends every
// connection and refuses new ones (what clients see while Postgres restarts); `cut({ silent: true })` ends
// every connection and then accepts new ones but never answers (a host that is gone from the network);
// `restore()` forwards again on the same port. The machine's shared Postgres is never touched.
import { createServer, connect, type Server, type Socket } from "node:net";

export interface TcpProxy {
  port: number;
  cut(opts?: { silent?: boolean }): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const track = (s: Socket) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  };
  let silent = false;
  const makeServer = (): Server =>
    createServer((client) => {
      track(client);
      client.on("error", () => {});
      if (silent) return; // held open, never answered
      const upstream = connect(targetPort, targetHost);
      track(upstream);
      client.on("error", () => upstream.destroy());
      upstream.on("error", () => client.destroy());
      client.pipe(upstream);
      upstream.pipe(client);
    });
  const listen = (server: Server, port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve((server.address() as { port: number }).port));
    });
  const closeServer = (s: Server) => new Promise<void>((resolve) => s.close(() => resolve()));

  let server: Server | null = makeServer();
  const port = await listen(server, 0);
  const proxy: TcpProxy = {
    port,
    async cut(opts = {}) {
      for (const socket of sockets) socket.destroy();
      if (opts.silent) {
        silent = true;
        if (!server) {
          server = makeServer();
          await listen(server, port);
        }
        return;
      }
      if (!server) return;
      const s = server;
      server = null;
      const closed = closeServer(s);
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    async restore() {
      if (silent) {
        silent = false;
        for (const socket of sockets) socket.destroy(); // the held ones
      }
      if (server) return;
      server = makeServer();
      await listen(server, port);
    },
    close() {
      return proxy.cut();
    },
  };
  return proxy;
}
