// Plain JavaScript (no build step): the production server runs it with `node`.
/**
 * Makes X-Forwarded-For trustworthy the way a reverse proxy would (client-ip.ts reads it):
 * with TRUSTED_PROXY_HOPS = 0 nothing the client sent is kept, the header becomes exactly the socket's
 * address; with n ≥ 1 the socket's address (the nearest proxy) is appended to what the proxies wrote.
 * X-Forwarded-Host/-Proto/-Port are dropped when no proxy is trusted, so a client cannot claim another
 * origin (Server Actions compare Origin with the forwarded host, NX-4).
 * @param {import("node:http").IncomingMessage} request
 * @param {number} trustedHops
 */
export function applyForwardedFor(request, trustedHops) {
  const socketAddress = request.socket.remoteAddress ?? "";
  if (trustedHops <= 0) {
    request.headers["x-forwarded-for"] = socketAddress;
    delete request.headers["x-forwarded-host"];
    delete request.headers["x-forwarded-proto"];
    delete request.headers["x-forwarded-port"];
    return;
  }
  const sent = request.headers["x-forwarded-for"];
  const existing = (Array.isArray(sent) ? sent.join(",") : sent ?? "").trim();
  request.headers["x-forwarded-for"] = existing ? `${existing}, ${socketAddress}` : socketAddress;
}

/** TRUSTED_PROXY_HOPS as the config validates it (0 to 10; anything else counts as 0 here). */
export function trustedHopsFrom(env) {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}
