export type TimedRun = { latencies: number[]; failures: Map<string, number>; seconds: number };

/**
 * `workers` loops, each running `task(worker, iteration)` back to back until `seconds` have passed.
 * A task that throws is a failure, counted by its message (so the report can say what went wrong)
 * and never timed as a success.
 */
export async function runTimedWorkers(
  workers: number,
  seconds: number,
  task: (worker: number, iteration: number) => Promise<unknown>,
): Promise<TimedRun> {
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  const started = performance.now();
  const deadline = started + seconds * 1000;
  const worker = async (index: number) => {
    for (let iteration = 0; performance.now() < deadline; iteration += 1) {
      const begin = performance.now();
      try {
        await task(index, iteration);
        latencies.push(performance.now() - begin);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        failures.set(reason, (failures.get(reason) ?? 0) + 1);
      }
    }
  };
  await Promise.all(Array.from({ length: workers }, (_, index) => worker(index)));
  return { latencies, failures, seconds: (performance.now() - started) / 1000 };
}

export const failureCount = (failures: Map<string, number>) => [...failures.values()].reduce((sum, n) => sum + n, 0);
