import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { accessLogLine, requestIdFor, routeMatcher, trackRequest } from "./access-log.mjs";

// A fragment of a real .next/routes-manifest.json (Next 16): static pages by name, dynamic ones by regex.
const manifest = {
  staticRoutes: [{ page: "/search", regex: "^/search(?:/)?$" }, { page: "/register/claim", regex: "^/register/claim(?:/)?$" }],
  dynamicRoutes: [{ page: "/search/[publicId]", regex: "^/search/([^/]+?)(?:/)?$" }],
};
const routeOf = routeMatcher(manifest);

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

/** A real HTTP server wrapped the way start.mjs wraps Next, answering `status` to everything. */
async function serve(status: number, trustedHops = 0) {
  const lines: string[] = [];
  server = createServer((request, response) => {
    trackRequest(request, response, { trustedHops, routeOf, write: (line) => lines.push(line) });
    response.statusCode = status;
    response.end(`seen id ${request.headers["x-request-id"]}`);
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, lines };
}

describe("access log (issue 12 item 6, LOG-2)", () => {
  it("writes one line per request with the route pattern, never the path's id or the query string", async () => {
    const { origin, lines } = await serve(200);
    const response = await fetch(`${origin}/search/KY-123456?lastName=Mitchell&ssn=900-12-3456`);
    await response.text();
    await expect.poll(() => lines.length).toBe(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ event: "http.access", level: "info", method: "GET", route: "/search/[publicId]", status: 200 });
    expect(Object.keys(entry).sort()).toEqual(["durationMs", "event", "level", "method", "requestId", "route", "status", "time"]);
    expect(typeof entry.durationMs).toBe("number");
    expect(lines[0]).not.toMatch(/KY-123456|Mitchell|900|lastName|ssn/);
  });

  it("gives each request an id the app sees, the client gets back, and the line carries", async () => {
    const { origin, lines } = await serve(500);
    const response = await fetch(`${origin}/register/claim`, { method: "POST", body: "ssn=900123456", headers: { "x-request-id": "client-chosen-id" } });
    const body = await response.text();
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    // No trusted proxy: the client cannot choose the id.
    expect(id).not.toBe("client-chosen-id");
    expect(body).toBe(`seen id ${id}`);
    await expect.poll(() => lines.length).toBe(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ requestId: id, level: "error", status: 500, method: "POST", route: "/register/claim" });
    expect(lines[0]).not.toContain("900123456");
  });

  it("keeps a trusted proxy's id so one id follows the request through both logs", () => {
    expect(requestIdFor({ "x-request-id": "proxy-id-0001" }, 1)).toBe("proxy-id-0001");
    expect(requestIdFor({ "x-request-id": "not an id; <script>" }, 1)).not.toContain("script");
    expect(requestIdFor({ "x-request-id": "proxy-id-0001" }, 0)).not.toBe("proxy-id-0001");
  });

  it("names unknown paths and methods generically", async () => {
    expect(routeOf("/wp-admin/setup.php")).toBe("(unmatched)");
    expect(routeOf("/search/")).toBe("/search");
    expect(routeOf("/_next/static/chunks/abc.js")).toBe("/_next/static/[asset]");
    const line = JSON.parse(accessLogLine({ method: "PROPFIND", route: "/search", status: 405, durationMs: 1.6, requestId: "r", completed: false }));
    expect(line).toMatchObject({ method: "OTHER", durationMs: 2, aborted: true, level: "info" });
  });
});
