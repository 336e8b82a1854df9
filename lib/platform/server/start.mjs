// The production server (`npm start`): Next.js behind a few lines of Node's http module, so that the
// client address in X-Forwarded-For comes from the socket and proxies we trust, never from the client
// (`next start` keeps a client-sent X-Forwarded-For). See forwarded-for.mjs.
import { createServer } from "node:http";
import next from "next";
import { applyForwardedFor, trustedHopsFrom } from "./forwarded-for.mjs";
import { defaultToProduction } from "./production-default.mjs";

// Before Next.js loads anything that reads it: NODE_ENV unset still means production.
defaultToProduction(process.env);

const port = Number(process.env.PORT ?? 3000);
const hops = trustedHopsFrom(process.env);
// Listens on every interface, as `next start` does; `hostname` is only what Next calls itself.
const app = next({ dev: false, hostname: "localhost", port });
const handle = app.getRequestHandler();

await app.prepare();
const server = createServer((request, response) => {
  applyForwardedFor(request, hops);
  handle(request, response);
});
server.listen(port, () => console.log(`> Ready on port ${port} (trusted proxy hops: ${hops})`));

const stop = () => server.close(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
