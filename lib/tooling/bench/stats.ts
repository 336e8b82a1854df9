/** One measured scenario: throughput and latency percentiles over a fixed duration. */
export type ScenarioStats = {
  name: string;
  kind: "http" | "sql";
  target: string;
  requests: number;
  errors: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** HTTP only: the server's largest resident memory (all its processes) during the run. */
  peakServerRssMb?: number;
  /** HTTP only: the errors by reason (an HTTP status, a socket error code, "request timed out"). */
  errorReasons?: Record<string, number>;
};

export function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index]!;
}

export function summarise(
  base: Pick<ScenarioStats, "name" | "kind" | "target">,
  latencies: number[],
  errors: number,
  seconds: number,
): ScenarioStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    ...base,
    requests: latencies.length,
    errors,
    seconds: round(seconds),
    requestsPerSecond: round(latencies.length / seconds),
    p50Ms: round(percentile(sorted, 0.5)),
    p95Ms: round(percentile(sorted, 0.95)),
    p99Ms: round(percentile(sorted, 0.99)),
  };
}
