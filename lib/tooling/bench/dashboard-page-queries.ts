import "server-only";
import { validateClaims } from "@/lib/auth/session-claims";
import { applicationsFor } from "@/lib/applications/queries";
import { now } from "@/lib/platform/clock";
import { twoStepPromptFor } from "@/lib/profile/second-factor";
import { announcementsInForce } from "@/lib/dashboard/announcements-in-force";
import { accountHeaderFor, credentialsFor, latestNotificationsFor } from "@/lib/dashboard/panel-queries";

export type DashboardPageQuery = {
  name: string;
  /** Queries of one stage start together; a stage starts when the one before it has finished. */
  stage: number;
  run: (userId: string) => Promise<unknown>;
};

/** A session of `userId` signed in just now; the check reads the account's session version either way. */
const sessionOf = (userId: string) => ({ sub: userId, session_version: 1, auth_time: Math.floor(now().getTime() / 1000) });

/**
 * What one GET /dashboard asks the database for a signed-in person, at the *For(userId) level.
 * It MIRRORS THE PAGE: proxy.ts, app/(dashboard)/layout.tsx, app/(dashboard)/dashboard/page.tsx and
 * components/dashboard/* (DashboardNav, DashboardHome and its panels); change it with them. Without
 * `?linked=microsoft` the page does not look for a new Microsoft link, so neither does this list.
 * The benchmarks call it: bench:dashboard times each entry, bench's floor replays their statements.
 * (Here in tooling, not in lib/dashboard: it reaches into applications and profile, which lib/dashboard must not.)
 *
 * Stages, as the request runs them: the render's auth() (React-cached, shared by the layout, the page
 * and DashboardHome) comes first in each of them (0); then the layout's top bar renders beside the
 * page's Promise.all (1); DashboardHome's panels are sibling async components, rendered concurrently
 * once the page's awaits are done (2). Quick links read no data. The proxy reads nothing for a
 * session cookie under a minute old (lib/auth/session-refresh.ts), which the bench's always is (it
 * signs in just before each round); once a minute a browser's request also has the proxy's check.
 */
export const dashboardPageQueries: DashboardPageQuery[] = [
  { name: "session check (every request)", stage: 0, run: (userId) => validateClaims(sessionOf(userId)) },
  // One read for both (React-cached in a request; called directly here, so listed once).
  { name: "top bar, greeting and email banner", stage: 1, run: accountHeaderFor },
  { name: "two-step sign-in prompt", stage: 1, run: twoStepPromptFor },
  { name: "announcements", stage: 2, run: () => announcementsInForce(now(), 10) },
  { name: "credentials", stage: 2, run: credentialsFor },
  { name: "applications", stage: 2, run: applicationsFor },
  { name: "activity feed", stage: 2, run: (userId) => latestNotificationsFor(userId, 5) },
];
