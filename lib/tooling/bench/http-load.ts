import autocannon from "autocannon";
import { summarise, type ScenarioStats } from "./stats";

export type LoadOptions = { connections: number; seconds: number };

/**
 * A bounded HTTP load (autocannon): `connections` keep-alive connections for `seconds`, to the
 * loopback server only. Any non-2xx answer counts as an error, so a throttled or failing page
 * cannot pass for a fast one.
 */
export function runHttpScenario(name: string, url: string, options: LoadOptions): Promise<ScenarioStats> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`the bench only loads 127.0.0.1, not ${url}`);
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon({ url, connections: options.connections, duration: options.seconds, timeout: 30 }, (error, result) => {
      if (error) return reject(error);
      const seconds = (performance.now() - started) / 1000;
      resolve(summarise({ name, kind: "http", target: new URL(url).pathname + new URL(url).search }, latencies, errors + result.errors + result.timeouts, seconds));
    });
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
      else errors += 1;
    });
  });
}
