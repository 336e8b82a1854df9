import { loadBenchSecrets } from "./bench-secrets";
import { demoDeploymentEnv } from "./demo-deployment";

const unlimited = "1000000000/60";

/**
 * What `npm run bench` starts the portal with (and the bench process runs with, so its captures and
 * captchas use the same keys and limits). For the bench only: never a deployment's settings.
 */
export function benchServerEnv(databaseUrl: string, port: number, connections: number): Record<string, string> {
  return {
    ...loadBenchSecrets(),
    DATABASE_URL: databaseUrl,
    APP_URL: `http://127.0.0.1:${port}`,
    ...demoDeploymentEnv,
    // The load comes from one address; the public-search throttle would answer with redirects after 300.
    RATE_LIMIT_PUBLIC_SEARCH: unlimited,
    // The account search's budgets (lib/registration/limits.ts): one address, one person searched
    // again and again (3 failed searches a day otherwise), a new browser each time. Still counted.
    RATE_LIMIT_ACCOUNT_SEARCH_IP: unlimited,
    RATE_LIMIT_ACCOUNT_SEARCH_BROWSER: unlimited,
    RATE_LIMIT_ACCOUNT_SEARCH_TARGET: unlimited,
    RATE_LIMIT_ACCOUNT_SEARCH_NAME_SSN4: unlimited,
    // The proof of work at its lowest cost: the bench solves one captcha per account search before the
    // load (altcha-lib; still 1,000-5,000 PBKDF2 derivations each). The server checks a solution with
    // two HMACs whatever the cost (its key signature), so this changes the client's work, not the server's.
    ALTCHA_COST: "1",
    DATABASE_POOL_MAX: String(Math.max(10, connections)),
  };
}
