import "server-only";
import { cookies, headers } from "next/headers";
import { clientIpFrom } from "@/lib/platform/security/client-ip";
import { browserIdCookieName, browserIdFrom } from "./browser-id";

/**
 * Who is asking, as far as the request tells: the client IP (TRUSTED_PROXY_HOPS decides which
 * X-Forwarded-For entry, lib/platform/security/client-ip.ts), the user agent (the profile's security
 * list turns it into "Firefox on Windows") and the anonymous browser id if the browser has one. Rate
 * limits key on these; every audit event records them.
 */
export type RequestFacts = { ip: string; userAgent: string | null; browserId?: string | null };

/** The facts of a request whose headers are at hand (a route handler, Auth.js's authorize). */
export function requestFactsFrom(requestHeaders: Headers): RequestFacts {
  const cookie = (requestHeaders.get("cookie") ?? "")
    .split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === browserIdCookieName());
  return {
    ip: clientIpFrom(requestHeaders),
    userAgent: requestHeaders.get("user-agent")?.slice(0, 300) ?? null,
    browserId: browserIdFrom(cookie?.[1]),
  };
}

/**
 * The facts of the current request, for server actions, route handlers and pages alike. It only
 * reads: a browser without an id gets null here (ensureBrowserId in browser-id.ts creates one, in
 * actions and route handlers only).
 */
export async function requestFacts(): Promise<RequestFacts> {
  const facts = requestFactsFrom(await headers());
  return { ...facts, browserId: browserIdFrom((await cookies()).get(browserIdCookieName())?.value) };
}
