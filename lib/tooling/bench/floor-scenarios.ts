import "server-only";
import { dashboardPageQueries } from "./dashboard-page-queries";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { newToken } from "@/lib/platform/tokens/one-time-tokens";
import { searchAccountsFromForm } from "@/lib/registration/search-accounts";
import { findEducatorProfile } from "@/lib/search/educator-profile";
import { countPublicSearch } from "@/lib/search/rate-limits";
import { searchEducators } from "@/lib/search/search-educators";
import { parseSearchParams, type SearchQuery } from "@/lib/search/search-input";
import { accountSearchInput } from "./account-search-post";
import type { CapturePlan, CapturedScenarios, StatementCapture } from "./floor-capture";

/** What the capture needs to call the portal's data functions as one of the benchmark's requests would. */
export type FloorContext = {
  /** An educator with credentials, for /search/<publicId>. */
  publicId: string;
  /** The signed-in demo account of the dashboard scenario. */
  userId: string;
  /** A solved account-search captcha for the capture's own search. */
  captcha: string;
};

export type FloorScenario = {
  /** Its name for --only. */
  id: string;
  name: string;
  portalPath: (context: Pick<FloorContext, "publicId">) => string;
  /** The bare twin's path: its statements are looked up by `id`. */
  barePath: string;
  method: "GET" | "POST";
  /** The portal's statements for one request; none for the home page (the bare home page is a page that runs none). */
  plan?: (context: FloorContext) => CapturePlan;
};

/** The load comes from the bench on 127.0.0.1, so the portal's per-IP counters are keyed on it. */
const request: RequestFacts = { ip: "127.0.0.1", userAgent: null };

export function searchQuery(params: Record<string, string>): SearchQuery {
  const parsed = parseSearchParams(params);
  if (parsed.state !== "valid") throw new Error(`bench search is not valid: ${JSON.stringify(params)}`);
  return parsed.query;
}

/** app/(public)/search/page.tsx: the public-search throttle, then the search. */
const publicSearch = (last: string): CapturePlan => [[{ run: () => countPublicSearch(request.ip) }], [{ run: () => searchEducators(searchQuery({ last })), main: true }]];

export const floorScenarios: FloorScenario[] = [
  { id: "home", name: "home page", portalPath: () => "/", barePath: "/", method: "GET" },
  {
    id: "search-common",
    name: "search: common last name",
    portalPath: () => "/search?last=Smith",
    barePath: "/floor/search-common",
    method: "GET",
    plan: () => publicSearch("Smith"),
  },
  {
    id: "search-rare",
    name: "search: rare last name",
    portalPath: () => `/search?last=${encodeURIComponent("O'Brien-Walsh")}`,
    barePath: "/floor/search-rare",
    method: "GET",
    plan: () => publicSearch("O'Brien-Walsh"),
  },
  {
    id: "educator",
    name: "educator page",
    portalPath: ({ publicId }) => `/search/${publicId}`,
    barePath: "/floor/educator",
    method: "GET",
    // app/(public)/search/[publicId]/page.tsx: the throttle, then the profile's one statement.
    plan: ({ publicId }) => [[{ run: () => countPublicSearch(request.ip) }], [{ run: () => findEducatorProfile(publicId), main: true }]],
  },
  {
    id: "dashboard",
    name: "dashboard (signed in)",
    portalPath: () => "/dashboard",
    barePath: "/floor/dashboard",
    method: "GET",
    plan: ({ userId }) => {
      const stages: CapturePlan = [];
      for (const query of dashboardPageQueries) {
        (stages[query.stage] ??= []).push({ run: () => query.run(userId), ...(query.name === "credentials" ? { main: true as const } : {}) });
      }
      return stages;
    },
  },
  {
    id: "account-search",
    name: "account search POST (finds nothing)",
    portalPath: () => "/register",
    barePath: "/api/floor/account-search",
    method: "POST",
    // searchAccountAction → searchAccountsFromForm, as the action calls it (a new browser each time, no session).
    // A search that finds nothing: its statements replay as they are (counter upserts, the captcha's
    // insert ... on conflict do nothing, the lookup, the audit row with a serial key), where one that
    // found a record would insert a claim token that must be unique.
    plan: ({ captcha }) => [
      [{ run: () => searchAccountsFromForm(accountSearchInput, captcha, async () => newToken(), request), main: /"educator_names"\."first_name"/ }],
    ],
  },
  { id: "health", name: "health", portalPath: () => "/api/health", barePath: "/api/health", method: "GET" },
];

/** `--only a,b`: those scenarios (unknown names are an error), or all of them. */
export function selectScenarios(only: string[] | undefined): FloorScenario[] {
  if (!only) return floorScenarios;
  const unknown = only.filter((id) => !floorScenarios.some((scenario) => scenario.id === id));
  if (unknown.length > 0) throw new Error(`unknown scenario ${unknown.join(", ")}; choose from ${floorScenarios.map((s) => s.id).join(", ")}`);
  return floorScenarios.filter((scenario) => only.includes(scenario.id));
}

/** The portal's statements for one request of each scenario that has any. */
export async function captureScenarios(capture: StatementCapture, scenarios: FloorScenario[], context: FloorContext): Promise<CapturedScenarios> {
  const captured: CapturedScenarios = {};
  for (const scenario of scenarios) if (scenario.plan) captured[scenario.id] = await capture.capture(scenario.plan(context));
  return captured;
}
