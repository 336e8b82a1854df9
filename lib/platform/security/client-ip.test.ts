import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { applyForwardedFor, trustedHopsFrom } from "@/lib/platform/server/forwarded-for.mjs";
import { clientIpFrom, ipLimitSubject } from "./client-ip";

const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });

/** What the production server hands Next for a request from `socket` carrying `headers`. */
function throughServer(socket: string, headers: Record<string, string>, hops: number): Headers {
  const request = { socket: { remoteAddress: socket }, headers: { ...headers } } as unknown as IncomingMessage;
  applyForwardedFor(request, hops);
  return new Headers(request.headers as Record<string, string>);
}

describe("client IP (TRUSTED_PROXY_HOPS)", () => {
  it("with no trusted proxy, a spoofed X-Forwarded-For is replaced by the socket address", () => {
    const headers = throughServer("203.0.113.9", { "x-forwarded-for": "6.6.6.6", "x-forwarded-host": "evil.example" }, 0);
    expect(headers.get("x-forwarded-for")).toBe("203.0.113.9");
    expect(headers.get("x-forwarded-host")).toBeNull();
    expect(clientIpFrom(headers, 0)).toBe("203.0.113.9");
  });

  it("behind n trusted proxies, the client is n entries left of the socket; a forged left part is ignored", () => {
    // One proxy at 10.0.0.2 appended the client it saw (198.51.100.7) after the client's forgery.
    expect(clientIpFrom(throughServer("10.0.0.2", { "x-forwarded-for": "6.6.6.6, 198.51.100.7" }, 1), 1)).toBe("198.51.100.7");
    expect(clientIpFrom(throughServer("10.0.0.3", { "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" }, 2), 2)).toBe("198.51.100.7");
  });

  it("normalises IPv4-mapped IPv6 and refuses anything that is not an address", () => {
    expect(clientIpFrom(forwarded("::ffff:192.0.2.1"), 0)).toBe("192.0.2.1");
    expect(clientIpFrom(forwarded("not-an-ip"), 0)).toBe("unknown");
    expect(clientIpFrom(new Headers(), 0)).toBe("unknown");
  });

  it("reads TRUSTED_PROXY_HOPS like the config does, treating nonsense as no proxy", () => {
    expect(trustedHopsFrom({ TRUSTED_PROXY_HOPS: "2" })).toBe(2);
    expect(trustedHopsFrom({ TRUSTED_PROXY_HOPS: "lots" })).toBe(0);
    expect(trustedHopsFrom({})).toBe(0);
  });
});

describe("per-IP limit subject (RL-5, RL-10)", () => {
  it("groups IPv6 addresses by their /64 network and leaves IPv4 alone", () => {
    expect(ipLimitSubject("2001:db8:aa:1::1")).toBe("2001:db8:aa:1::/64");
    expect(ipLimitSubject("2001:0DB8:00aa:0001:ffff:ffff:ffff:fffe")).toBe("2001:db8:aa:1::/64");
    expect(ipLimitSubject("2001:db8::7")).toBe("2001:db8:0:0::/64");
    expect(ipLimitSubject("2001:db8:aa:2::1")).not.toBe(ipLimitSubject("2001:db8:aa:1::1"));
    expect(ipLimitSubject("203.0.113.9")).toBe("203.0.113.9");
  });
});
