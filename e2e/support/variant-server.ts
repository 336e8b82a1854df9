import { spawn, type ChildProcess } from "node:child_process";

/**
 * A second portal server for specs that need other settings (a short SESSION_IDLE_MINUTES, Microsoft
 * not configured) or that change demo accounts (lockouts, password resets), so the main server's
 * demo accounts stay as the seed made them for every other spec. Same production build, its own
 * freshly seeded database. Port: E2E_VARIANT_PORT, default E2E_PORT + 200.
 */
export type VariantServer = { baseURL: string; stop(): Promise<void> };

export function variantPort(): number {
  return Number(process.env.E2E_VARIANT_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 200);
}

export async function startVariantServer(env: Record<string, string>): Promise<VariantServer> {
  const port = variantPort();
  const baseURL = `http://localhost:${port}`;
  const child: ChildProcess = spawn("npx", ["tsx", "--import", "./lib/tooling/cli/server-only-off.mjs", "e2e/serve.ts"], {
    // Always its own embedded database, even when the main server runs on DATABASE_URL (CI): what this
    // server changes (lockouts, resets, counters) must never reach the main server's demo accounts.
    // APP_URL may be overridden: an https one stands for a deployment behind a TLS proxy (SES-3 cookies).
    env: { ...process.env, DATABASE_URL: "", APP_URL: baseURL, ...env, E2E_PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const deadline = Date.now() + 240_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`variant server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${baseURL}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("variant server did not start in time");
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  return {
    baseURL,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        // The whole process group: tsx, serve.ts and the server it started.
        process.kill(-child.pid!, "SIGTERM");
      }),
  };
}
