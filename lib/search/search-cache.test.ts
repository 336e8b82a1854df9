import { afterEach, describe, expect, it } from "vitest";
import { advanceClock, setClock } from "@/lib/platform/clock";
import type { SearchResults } from "./dto";
import { cachedPublicSearch, clearSearchCache, searchCacheTtlMs } from "./search-cache";
import { parseSearchParams, type SearchQuery } from "./search-input";

function query(params: Record<string, string>): SearchQuery {
  const parsed = parseSearchParams(params);
  if (parsed.state !== "valid") throw new Error("test query is not valid");
  return parsed.query;
}

/** A stand-in for the statement that counts its calls; the cache is what is under test here. */
function countingSearch() {
  const calls: SearchQuery[] = [];
  const search = async (q: SearchQuery): Promise<SearchResults> => {
    calls.push(q);
    return { total: calls.length, page: q.page, pageSize: 25, rows: [] };
  };
  return { calls, search };
}

afterEach(() => {
  clearSearchCache();
  setClock(undefined);
});

describe("cachedPublicSearch", () => {
  it("answers the same search from memory for a minute, then reads again", async () => {
    setClock(new Date("2026-12-01T12:00:00Z"));
    const { calls, search } = countingSearch();
    const smith = query({ last: "Smith" });
    const first = await cachedPublicSearch(smith, search);
    advanceClock(searchCacheTtlMs - 1);
    expect(await cachedPublicSearch(query({ last: "Smith" }), search)).toEqual(first);
    expect(calls).toHaveLength(1);
    advanceClock(1);
    expect((await cachedPublicSearch(smith, search)).total).toBe(2);
    expect(calls).toHaveLength(2);
  });

  it("keeps different searches apart: name, first name, status and page", async () => {
    const { calls, search } = countingSearch();
    const searches: Record<string, string>[] = [{ last: "Smith" }, { last: "Smith", first: "A" }, { last: "Smith", page: "2" }, { last: "Smyth" }];
    for (const params of searches) {
      await cachedPublicSearch(query(params), search);
    }
    expect(calls).toHaveLength(4);
  });

  it("shares one statement between identical searches that arrive together", async () => {
    const { calls, search } = countingSearch();
    const together = await Promise.all(Array.from({ length: 5 }, () => cachedPublicSearch(query({ last: "Smith" }), search)));
    expect(calls).toHaveLength(1);
    expect(new Set(together.map((result) => result.total))).toEqual(new Set([1]));
  });

  it("does not remember a failure", async () => {
    let fail = true;
    const { calls, search } = countingSearch();
    const flaky = (q: SearchQuery) => (fail ? Promise.reject(new Error("database away")) : search(q));
    await expect(cachedPublicSearch(query({ last: "Smith" }), flaky)).rejects.toThrow("database away");
    fail = false;
    expect((await cachedPublicSearch(query({ last: "Smith" }), flaky)).total).toBe(1);
    expect(calls).toHaveLength(1);
  });
});
