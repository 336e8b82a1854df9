import type { FloorRound } from "./floor-table";
import { bodyCycle, runHttpScenario, type LoadOptions, type RequestPlan } from "./http-load";
import { sampleMemory } from "./memory";
import type { RunningServer } from "./server";
import type { ScenarioStats } from "./stats";

/**
 * A few requests before timing (first compilations, caches, pool connections), each checked, so a
 * broken set-up (a refused sign-in, a missing statement file) stops the run instead of timing errors.
 */
export async function warmUp(url: string, plan: RequestPlan, times = 5): Promise<void> {
  const nextBody = plan.bodies ? bodyCycle(plan.bodies) : undefined;
  for (let i = 0; i < times; i += 1) {
    const response = await fetch(url, { method: plan.method ?? "GET", headers: plan.headers, body: nextBody?.(), redirect: "manual" });
    const text = await response.text();
    if (!response.ok) throw new Error(`warm-up of ${url}: HTTP ${response.status} ${response.headers.get("location") ?? text.slice(0, 200)}`);
    if (plan.expectInBody && !text.includes(plan.expectInBody)) throw new Error(`warm-up of ${url}: the answer does not say "${plan.expectInBody}"`);
  }
}

/**
 * Load before timing, at the timed load's concurrency, untimed: the first seconds of a fresh server
 * compile its code (the portal has far more of it than its bare twin), and the figures are meant to
 * be the steady state. A posted form's plan brings captchas of its own for this (request-plans.ts).
 */
export async function loadBeforeTiming(url: string, plan: RequestPlan, load: LoadOptions, seconds: number): Promise<void> {
  if (seconds <= 0) return;
  await runHttpScenario("warm-up", url, { connections: load.connections, seconds }, plan);
}

/** One timed load of one server, with its memory sampled meanwhile. */
export async function measure(name: string, server: RunningServer, path: string, plan: RequestPlan, load: LoadOptions): Promise<ScenarioStats> {
  const memory = sampleMemory(server.pid);
  const stats = await runHttpScenario(name, `${server.url}${path}`, load, plan);
  stats.peakServerRssMb = memory.stop();
  return stats;
}

/** Where one scenario is served on each server, and what each request sends there. */
export type ScenarioTarget = { name: string; portalPath: string; barePath: string; portalPlan: RequestPlan; portalLoadPlan: RequestPlan; barePlan: RequestPlan };

/**
 * One round of a scenario: the portal loaded untimed then timed, then the bare twin the same way, so
 * each timed run starts from its own steady state and the two are never loaded at once.
 */
export async function measureRound(target: ScenarioTarget, servers: { portal: RunningServer; bare: RunningServer }, load: LoadOptions, warmUpSeconds: number): Promise<FloorRound> {
  await loadBeforeTiming(`${servers.portal.url}${target.portalPath}`, target.portalLoadPlan, load, warmUpSeconds);
  const portal = await measure(target.name, servers.portal, target.portalPath, target.portalPlan, load);
  await loadBeforeTiming(`${servers.bare.url}${target.barePath}`, target.barePlan, load, warmUpSeconds);
  const bare = await measure(`bare: ${target.name}`, servers.bare, target.barePath, target.barePlan, load);
  return { portal, bare };
}
