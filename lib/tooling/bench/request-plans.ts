import { accountSearchAnswer, accountSearchBodies, hiddenFieldsOfForm, multipartBoundary, solvedCaptchas } from "./account-search-post";
import type { FloorScenario } from "./floor-scenarios";
import type { RequestPlan } from "./http-load";

/**
 * The requests of one scenario: the portal's timed load, its checked warm-up requests and its untimed
 * load before timing (each with captchas of its own), and the bare twin's.
 */
export type ScenarioPlans = { portal: RequestPlan; portalWarmUp: RequestPlan; portalLoadBeforeTiming: RequestPlan; bare: RequestPlan };

export type PlanContext = { portalUrl: string; seconds: number; warmUpSeconds: number; log: (line: string) => void };

const warmUps = 5;
/** An idle 2-core machine served about 150 searches a second, so 200 captchas a second of load are solved. */
const perSecond = 200;

/**
 * The account search as a browser without JavaScript posts it, one fresh captcha per request, for the
 * checked warm-up, the untimed load before timing (so the portal's action path is compiled before it
 * is timed, as every other scenario's is) and the timed load; should the captchas still run out, the
 * spent ones come round again, are refused, and count as errors (a refused captcha is a 200 page too,
 * hence `expectInBody`). The bare twin gets the timed bodies and only reads them.
 */
async function accountSearchPlans({ portalUrl, seconds, warmUpSeconds, log }: PlanContext): Promise<ScenarioPlans> {
  const page = await fetch(`${portalUrl}/register`);
  if (!page.ok) throw new Error(`GET /register: HTTP ${page.status}`);
  const hidden = hiddenFieldsOfForm(await page.text(), "lastFourSsn");
  const loadBeforeTiming = warmUpSeconds * perSecond;
  const bodies = accountSearchBodies(hidden, await solvedCaptchas(warmUps + loadBeforeTiming + seconds * perSecond, log));
  // Server actions refuse a post whose Origin is not the site's own (NX-4).
  const post = { method: "POST" as const, headers: { origin: portalUrl, "content-type": `multipart/form-data; boundary=${multipartBoundary}` } };
  const timed = bodies.slice(warmUps + loadBeforeTiming);
  return {
    portalWarmUp: { ...post, bodies: bodies.slice(0, warmUps), expectInBody: accountSearchAnswer },
    portalLoadBeforeTiming: { ...post, bodies: bodies.slice(warmUps, warmUps + loadBeforeTiming), expectInBody: accountSearchAnswer },
    portal: { ...post, bodies: timed, expectInBody: accountSearchAnswer },
    bare: { ...post, bodies: timed },
  };
}

export async function requestPlans(scenarios: FloorScenario[], context: PlanContext): Promise<Map<string, ScenarioPlans>> {
  const plans = new Map<string, ScenarioPlans>();
  for (const scenario of scenarios) {
    if (scenario.id === "account-search") {
      plans.set(scenario.id, await accountSearchPlans(context));
    } else {
      // The signed-in scenario's cookie is added just before its load (withSessionCookie).
      const plan: RequestPlan = {};
      plans.set(scenario.id, { portal: plan, portalWarmUp: plan, portalLoadBeforeTiming: plan, bare: plan });
    }
  }
  return plans;
}

/**
 * The signed-in scenario's requests with a session cookie; both servers get the same request. A
 * browser keeps each cookie the proxy re-issues (at most once a minute, lib/auth/session-refresh.ts)
 * while autocannon sends one cookie throughout, so the bench signs in just before this scenario's
 * load: its cookie is then as fresh as a browser's would be for the run's first minute.
 */
export function withSessionCookie(plans: ScenarioPlans, cookie: string): ScenarioPlans {
  const plan: RequestPlan = { headers: { cookie } };
  return { portal: plan, portalWarmUp: plan, portalLoadBeforeTiming: plan, bare: plan };
}
