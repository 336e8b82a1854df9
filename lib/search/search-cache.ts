import "server-only";
import { now } from "@/lib/platform/clock";
import type { SearchResults } from "./dto";
import { searchEducators } from "./search-educators";
import type { SearchQuery } from "./search-input";

/**
 * Public Search's data cache: the same search within `ttlMs` is answered from memory, and identical
 * searches arriving together share one statement. A common surname is the dearest page the portal
 * serves and the one most often repeated (an HR office checking a list, a crawler paging), so this is
 * where a cache pays. Only data is cached: the page still renders per request (CSP nonce), and the
 * rate limit still counts every search. A change to a record (a revocation, say) shows within a minute.
 * Per server process: several instances each keep their own, which only lowers the hit rate.
 */
export const searchCacheTtlMs = 60_000;
const maxEntries = 500;

type Entry = { expiresAt: number; results: Promise<SearchResults> };
const entries = new Map<string, Entry>();

function keyOf(query: SearchQuery): string {
  // parseSearchParams builds every field in one order, so equal searches give equal JSON.
  return JSON.stringify(query);
}

export async function cachedPublicSearch(query: SearchQuery, search: (query: SearchQuery) => Promise<SearchResults> = searchEducators): Promise<SearchResults> {
  const key = keyOf(query);
  const at = now().getTime();
  const hit = entries.get(key);
  if (hit && hit.expiresAt > at) return hit.results;
  if (hit) entries.delete(key);
  const results = search(query);
  entries.set(key, { expiresAt: at + searchCacheTtlMs, results });
  // A failed search is not remembered: the next request tries the database again.
  results.catch(() => {
    if (entries.get(key)?.results === results) entries.delete(key);
  });
  // Oldest first (a Map keeps insertion order): a flood of distinct searches cannot grow memory.
  while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
  return results;
}

/** For tests: forget everything. */
export function clearSearchCache(): void {
  entries.clear();
}
