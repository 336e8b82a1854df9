// Plain JavaScript (no build step): the production server (start.mjs) runs it with `node`.
/**
 * The access log: one JSON line per request on stdout, written by the custom server when the response
 * has gone out (or the client went away). It names the route pattern Next.js matched
 * ("/search/[publicId]"), never the raw path, and never a query string, body, header or cookie: a path
 * can carry an educator's id, a query string a name or a token (LOG-2). The request id is the thread
 * that ties this line to the error log line (request-error.ts reads x-request-id) and to the trace
 * (node-instrumentation.ts puts it on the root span).
 */
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";

const KNOWN_METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
// What a proxy's id may look like (uuid, hex, ULID, AWS's "Root=1-..."): short, no spaces or quotes.
const FORWARDED_ID = /^[A-Za-z0-9._:=-]{8,128}$/;

/**
 * The route table of a production build (.next/routes-manifest.json) as a function from a pathname
 * to the pattern that serves it. Static routes match exactly, dynamic ones by Next's own regexes;
 * anything else is "(unmatched)" (a 404, a probe), so an unknown path is never written out.
 * @param {{ staticRoutes?: {page: string, regex: string}[], dynamicRoutes?: {page: string, regex: string}[] }} manifest
 * @returns {(pathname: string) => string}
 */
export function routeMatcher(manifest) {
  const exact = new Set((manifest.staticRoutes ?? []).map((route) => route.page));
  const dynamic = (manifest.dynamicRoutes ?? []).map((route) => ({ page: route.page, regex: new RegExp(route.regex) }));
  return (pathname) => {
    if (pathname.startsWith("/_next/static/")) return "/_next/static/[asset]";
    if (pathname.startsWith("/_next/image")) return "/_next/image";
    const trimmed = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
    if (exact.has(trimmed)) return trimmed;
    return dynamic.find((route) => route.regex.test(trimmed))?.page ?? "(unmatched)";
  };
}

/** The matcher for the build in `distDir`; without a readable manifest every route is "(unknown)". */
export function routeMatcherFor(distDir) {
  try {
    return routeMatcher(JSON.parse(readFileSync(path.join(distDir, "routes-manifest.json"), "utf8")));
  } catch {
    return () => "(unknown)";
  }
}

/**
 * The request's id: the one a trusted proxy sent (so one id follows the request through the proxy's
 * log and ours), otherwise a fresh UUID. Without a trusted proxy a client-sent id is replaced, so no
 * one can make their requests look like somebody else's.
 * @param {import("node:http").IncomingHttpHeaders} headers
 * @param {number} trustedHops
 */
export function requestIdFor(headers, trustedHops) {
  const sent = headers["x-request-id"];
  const value = Array.isArray(sent) ? sent[0] : sent;
  return trustedHops > 0 && value && FORWARDED_ID.test(value) ? value : randomUUID();
}

/**
 * One access line. Only these fields, each of a known shape, so nothing personal can ride along.
 * @param {{ method: string | undefined, route: string, status: number, durationMs: number, requestId: string, completed: boolean }} entry
 */
export function accessLogLine(entry) {
  const method = entry.method && KNOWN_METHODS.has(entry.method) ? entry.method : "OTHER";
  return JSON.stringify({
    time: new Date().toISOString(),
    level: entry.status >= 500 ? "error" : "info",
    event: "http.access",
    method,
    route: entry.route,
    status: entry.status,
    durationMs: Math.round(entry.durationMs),
    requestId: entry.requestId,
    // false when the client hung up before the response was finished.
    ...(entry.completed ? {} : { aborted: true }),
  });
}

/**
 * Gives the request its id (request header for the app, response header for the client and
 * support) and writes its access line once the response is finished or abandoned.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 * @param {{ trustedHops: number, routeOf: (pathname: string) => string, write?: (line: string) => void }} options
 */
export function trackRequest(request, response, options) {
  const started = performance.now();
  const requestId = requestIdFor(request.headers, options.trustedHops);
  request.headers["x-request-id"] = requestId;
  response.setHeader("X-Request-Id", requestId);
  const pathname = (request.url ?? "/").split("?")[0].split("#")[0];
  const write = options.write ?? ((line) => process.stdout.write(`${line}\n`));
  let written = false;
  const done = (completed) => {
    if (written) return;
    written = true;
    const route = options.routeOf(pathname);
    write(accessLogLine({ method: request.method, route, status: response.statusCode, durationMs: performance.now() - started, requestId, completed }));
  };
  response.once("finish", () => done(true));
  response.once("close", () => done(response.writableFinished));
  return requestId;
}
