import { describe, expect, it } from "vitest";
import { clientIpFrom } from "./client-ip";

const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });

describe("client IP from X-Forwarded-For (TRUSTED_PROXY_HOPS)", () => {
  it("uses the socket address Next.js wrote when nothing is in front", () => {
    expect(clientIpFrom(forwarded("203.0.113.9"), 0)).toBe("203.0.113.9");
  });

  it("trusts only as many hops from the right as configured; a forged left part is ignored", () => {
    expect(clientIpFrom(forwarded("6.6.6.6, 198.51.100.7"), 1)).toBe("198.51.100.7");
    expect(clientIpFrom(forwarded("6.6.6.6, 198.51.100.7, 10.0.0.2"), 2)).toBe("198.51.100.7");
  });

  it("normalises IPv4-mapped IPv6 and refuses anything that is not an address", () => {
    expect(clientIpFrom(forwarded("::ffff:192.0.2.1"), 0)).toBe("192.0.2.1");
    expect(clientIpFrom(forwarded("not-an-ip"), 0)).toBe("unknown");
    expect(clientIpFrom(new Headers(), 0)).toBe("unknown");
  });
});
