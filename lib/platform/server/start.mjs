// The production server (`npm start`): Next.js behind a few lines of Node's http module, so that the
// client address in X-Forwarded-For comes from the socket and proxies we trust, never from the client
// (`next start` keeps a client-sent X-Forwarded-For). See forwarded-for.mjs. Every request gets an id
// (X-Request-Id) and one access-log line (access-log.mjs).
//
// SIGTERM (a deploy, `docker stop`, a scale-down) shuts down gracefully: stop accepting connections,
// let every in-flight request finish, then run the shutdown hooks instrumentation.ts registered (stop
// the email loop, close the SMTP and database pools) and exit 0. SHUTDOWN_TIMEOUT_MS (default 25 s,
// under Docker's and Kubernetes' 30 s grace period) bounds it: past that the process exits 1.
import { createServer } from "node:http";
import next from "next";
import { routeMatcherFor, trackRequest } from "./access-log.mjs";
import { applyForwardedFor, trustedHopsFrom } from "./forwarded-for.mjs";
import { defaultToProduction } from "./production-default.mjs";

// Before Next.js loads anything that reads it: NODE_ENV unset still means production.
defaultToProduction(process.env);

// Kept in step with lib/platform/server/shutdown-hooks.ts.
const SHUTDOWN_HOOKS = Symbol.for("portal.shutdownHooks");

const port = Number(process.env.PORT ?? 3000);
const hops = trustedHopsFrom(process.env);
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 25_000);
// Listens on every interface, as `next start` does; `hostname` is only what Next calls itself.
const app = next({ dev: false, hostname: "localhost", port });
const handle = app.getRequestHandler();

await app.prepare();
// The build's route table, so the access log names "/search/[publicId]" rather than the path itself.
const routeOf = routeMatcherFor(".next");
const server = createServer((request, response) => {
  applyForwardedFor(request, hops);
  trackRequest(request, response, { trustedHops: hops, routeOf });
  handle(request, response);
});
server.listen(port, () => console.log(`> Ready on port ${port} (trusted proxy hops: ${hops})`));

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`> ${signal}: finishing in-flight requests`);
  const deadline = setTimeout(() => {
    console.error(`> Shutdown took longer than ${shutdownTimeoutMs} ms; exiting`);
    process.exit(1);
  }, shutdownTimeoutMs);
  deadline.unref();
  // close() stops accepting and calls back once every connection has ended; idle keep-alive
  // connections are closed now, busy ones as soon as their response is sent.
  const closed = new Promise((resolve) => server.close(resolve));
  server.closeIdleConnections();
  const sweep = setInterval(() => server.closeIdleConnections(), 250);
  await closed;
  clearInterval(sweep);
  for (const hook of globalThis[SHUTDOWN_HOOKS] ?? []) {
    try {
      await hook.run();
      console.log(`> Shutdown: ${hook.name} stopped`);
    } catch (error) {
      console.error(`> Shutdown: ${hook.name} failed: ${error instanceof Error ? error.name : "error"}`);
      process.exitCode = 1;
    }
  }
  console.log("> Shutdown complete: loops stopped, database pool closed");
  process.exit(process.exitCode ?? 0);
}
process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));
