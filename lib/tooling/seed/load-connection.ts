import "server-only";
import net from "node:net";
import postgres from "postgres";

type SocketOptions = { host: string[]; port: number[]; path: string | false };

/**
 * The seed's own connection for its bulk load: the same server, database, user and TLS settings as
 * the app's client, one connection, with Nagle's algorithm off (TCP_NODELAY, as libpq and
 * node-postgres set it). postgres.js leaves it on, and a COPY sends its data and then a small
 * CopyDone as two writes: the second waits for the server's delayed ACK, some 40 ms for every COPY,
 * longer than the COPY itself for most of a batch's tables. The first host only: a seed needs no
 * fail-over.
 */
export function openLoadConnection(app: postgres.Sql): postgres.Sql {
  // The password is in the parsed options at run time; postgres.js's types hide it.
  const options = app.options;
  const password = (options as unknown as { pass: string }).pass;
  return postgres({
    host: options.host[0],
    port: options.port[0],
    path: options.path || undefined,
    database: options.database,
    user: options.user,
    pass: password,
    ssl: options.ssl,
    connection: options.connection,
    max: 1,
    onnotice: () => {},
    // Not in postgres.js's types, but documented: a function returning the connected socket to use.
    ...({ socket: connectWithoutDelay } as object),
  });
}

function connectWithoutDelay({ host: [host], port: [port], path }: SocketOptions): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = path ? net.connect({ path }) : net.connect({ host, port: port ?? 5432, noDelay: true });
    // postgres.js names the TLS server from socket.host (SNI and certificate checks).
    if (!path) Object.assign(socket, { host, port });
    socket.once("error", reject);
    socket.once("connect", () => {
      socket.off("error", reject);
      resolve(socket);
    });
  });
}
