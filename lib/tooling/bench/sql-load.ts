import { summarise, type ScenarioStats } from "./stats";
import type { LoadOptions } from "./http-load";
import { failureCount, runTimedWorkers } from "./timed-workers";

/**
 * The same concurrency straight against the database: `connections` workers each running `task`
 * back to back for `seconds` (the pool is sized to match), to show what the page adds on top.
 */
export async function runSqlScenario(name: string, target: string, task: () => Promise<unknown>, options: LoadOptions): Promise<ScenarioStats> {
  const run = await runTimedWorkers(options.connections, options.seconds, () => task());
  return summarise({ name, kind: "sql", target }, run.latencies, failureCount(run.failures), run.seconds);
}
