/**
 * Every rate limit is configurable: `RATE_LIMIT_<NAME>=<max>/<window seconds>`, for example
 * `RATE_LIMIT_ACCOUNT_SEARCH_IP=200/900`. Names are the limiters' own, upper-cased.
 */
export function rateLimitOverridesFrom(env: NodeJS.ProcessEnv): Record<string, { max: number; windowSeconds: number }> {
  const overrides: Record<string, { max: number; windowSeconds: number }> = {};
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith("RATE_LIMIT_") || !value) continue;
    const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
    // A zero-second window limits nothing (and is a division by zero in fixed-window arithmetic).
    if (!match || Number(match[2]) < 1) throw new Error(`${name} must look like <max>/<window seconds>, e.g. 10/900`);
    const limiter = name.slice("RATE_LIMIT_".length).toLowerCase().replace(/_/g, "-");
    overrides[limiter] = { max: Number(match[1]), windowSeconds: Number(match[2]) };
  }
  return overrides;
}
