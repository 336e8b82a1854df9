import autocannon from "autocannon";
import { summarise, type ScenarioStats } from "./stats";

export type LoadOptions = { connections: number; seconds: number };

/** What each request sends, beyond a plain GET of the URL. */
export type RequestPlan = {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** Bodies sent in turn, one per request (each account search needs its own captcha). */
  bodies?: string[];
  /** A 2xx answer counts only when its body contains this (a refused captcha is a 200 page too). */
  expectInBody?: string;
};

/** Hands out `bodies` one per request, then starts over (a spent captcha then fails, and is counted). */
export function bodyCycle(bodies: string[]): () => string {
  let next = 0;
  return () => bodies[next++ % bodies.length]!;
}

/**
 * A bounded HTTP load (autocannon): `connections` keep-alive connections for `seconds`, to the
 * loopback server only. Any non-2xx answer counts as an error, so a throttled or failing page
 * cannot pass for a fast one; so does a 2xx without `expectInBody` when the plan has one.
 */
export function runHttpScenario(name: string, url: string, options: LoadOptions, plan: RequestPlan = {}): Promise<ScenarioStats> {
  if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(url)) throw new Error(`the bench only loads 127.0.0.1, not ${url}`);
  const latencies: number[] = [];
  const reasons = new Map<string, number>();
  const fail = (reason: string) => reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  let failedAnswers = 0;
  // Set by onResponse just before the "response" event of the same answer (autocannon calls both in turn, synchronously).
  let bodyOk = true;
  const nextBody = plan.bodies ? bodyCycle(plan.bodies) : undefined;
  const expected = plan.expectInBody;
  const request = {
    method: plan.method ?? "GET",
    ...(plan.headers ? { headers: plan.headers } : {}),
    ...(nextBody ? { setupRequest: (req: object) => ({ ...req, body: nextBody() }) } : {}),
    ...(expected ? { onResponse: (_status: number, body: string) => (bodyOk = body.includes(expected)) } : {}),
  };
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, duration: options.seconds, timeout: 30, requests: [request] },
      (error, result) => {
        if (error) return reject(error);
        const seconds = (performance.now() - started) / 1000;
        // result.errors: socket errors and timeouts (autocannon counts a timeout in `timeouts` too), each also a reqError.
        const stats = summarise({ name, kind: "http", target: new URL(url).pathname + new URL(url).search }, latencies, failedAnswers + result.errors, seconds);
        resolve(reasons.size > 0 ? { ...stats, errorReasons: Object.fromEntries(reasons) } : stats);
      },
    );
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      if (statusCode >= 200 && statusCode < 300 && bodyOk) latencies.push(responseTime);
      else {
        failedAnswers += 1;
        fail(statusCode >= 200 && statusCode < 300 ? `HTTP ${statusCode} without "${expected}"` : `HTTP ${statusCode}`);
      }
      bodyOk = true;
    });
    instance.on("reqError", (error: Error & { code?: string }) => fail(error.code ?? error.message));
  });
}
