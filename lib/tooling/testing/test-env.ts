import { vi } from "vitest";
import { setClock } from "@/lib/platform/clock";
import { resetConfig } from "@/lib/platform/config/env";

/**
 * The one clock-and-environment helper for tests. vitest.config.mts also runs this file before each
 * test file, so every file starts from the environment the config sets, with configuration re-read.
 *
 *   beforeEach(() => {
 *     setClock(new Date("2026-11-29T10:00:00Z"));          // pin lib/platform/clock's now()
 *     useTestEnv({ RATE_LIMIT_SUPPORT_IP: "2/3600" });     // stub variables, re-read the config
 *   });
 *   afterEach(restoreTestEnv);                             // the clock runs again, stubs gone
 */
export { advanceClock, setClock } from "@/lib/platform/clock";

/** A cheap captcha cost and the given variables (rate-limit overrides, say), then the config re-read. */
export function useTestEnv(overrides: Record<string, string> = {}): void {
  vi.stubEnv("ALTCHA_COST", "1");
  for (const [name, value] of Object.entries(overrides)) vi.stubEnv(name, value);
  resetConfig();
}

/** Undoes setClock and useTestEnv: the clock runs again, every stubbed variable is restored, the config re-read. */
export function restoreTestEnv(): void {
  setClock(undefined);
  vi.unstubAllEnvs();
  resetConfig();
}

resetConfig();
