import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { POST as downloadBulkCsv } from "@/app/(public)/search/bulk/download/route";
import { peekRateLimit } from "@/lib/platform/security/rate-limit";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { restoreTestEnv, useTestEnv } from "@/lib/tooling/testing/test-env";
import { toEntry } from "./bulk-csv";
import { downloadPayload, maxDownloadBodyBytes } from "./bulk-state";

provideTestDatabase();
beforeEach(() => useTestEnv({ RATE_LIMIT_PUBLIC_BULK_VERIFY: "2/3600", RATE_LIMIT_PUBLIC_SEARCH: "1000/300" }));
afterEach(restoreTestEnv);

let ip = "";
let nextHost = 10;
beforeEach(() => {
  nextHost += 1;
  ip = `198.51.100.${nextHost}`; // the database lives for the file: each test its own address
});
const entries = downloadPayload([1, 2, 3].map((row) => ({ ...toEntry(row, `CERT-${row}`), outcome: "not-found" as const, credentials: [] })));

function post(body: BodyInit, headers: Record<string, string> = {}) {
  return downloadBulkCsv(new Request("http://localhost:3000/search/bulk/download", { method: "POST", body, headers: { "x-forwarded-for": ip, ...headers }, duplex: "half" } as RequestInit));
}

function formOf(value: string) {
  return new URLSearchParams({ entries: value });
}

describe("bulk verification download (RL-13, NX-5)", () => {
  it("RL-13: each download costs the bulk budget, not the public search's; the third of two allowed gets 429", async () => {
    expect((await post(formOf(entries))).status).toBe(200);
    expect((await post(formOf(entries))).status).toBe(200);
    const third = await post(formOf(entries));
    expect(third.status).toBe(429);
    expect(third.headers.get("retry-after")).toMatch(/^\d+$/);
    expect((await peekRateLimit("public-bulk-verify", ip)).count).toBe(3);
    expect((await peekRateLimit("public-search", ip)).count).toBe(0);
  });

  it("NX-5: a body over 256 KB is refused with 413 before it is parsed or counted, declared or streamed", async () => {
    const padding = "x".repeat(maxDownloadBodyBytes);
    expect((await post(formOf(entries + padding))).status).toBe(413);
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        const chunk = new TextEncoder().encode(`entries=${encodeURIComponent(entries)}&pad=${"y".repeat(64 * 1024)}`);
        for (let i = 0; i < 6; i += 1) controller.enqueue(chunk);
        controller.close();
      },
    });
    expect((await post(chunked, { "content-type": "application/x-www-form-urlencoded" })).status).toBe(413);
    expect((await peekRateLimit("public-bulk-verify", ip)).count).toBe(0);
  });

  it("NX-5: a body just under the limit is still read (multipart too), and a tampered payload is a plain 400", async () => {
    const form = new FormData();
    form.set("entries", entries);
    expect((await post(form)).status).toBe(200);
    expect((await post(formOf("[[1,"))).status).toBe(400);
    expect((await post("not a form", { "content-type": "text/plain" })).status).toBe(400);
  });
});
