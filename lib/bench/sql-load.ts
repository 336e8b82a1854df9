import { summarise, type ScenarioStats } from "./stats";
import type { LoadOptions } from "./http-load";

/**
 * The same concurrency straight against the database: `connections` workers each running `task`
 * back to back for `seconds` (the pool is sized to match), to show what the page adds on top.
 */
export async function runSqlScenario(name: string, target: string, task: () => Promise<unknown>, options: LoadOptions): Promise<ScenarioStats> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const begin = performance.now();
      try {
        await task();
        latencies.push(performance.now() - begin);
      } catch {
        errors += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  return summarise({ name, kind: "sql", target }, latencies, errors, (performance.now() - started) / 1000);
}
