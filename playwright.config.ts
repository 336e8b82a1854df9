import { defineConfig, devices } from "@playwright/test";

// End-to-end tests drive the system Chromium against a production build (`next build` first) on a
// freshly migrated and seeded database: e2e/serve.ts prepares it and starts `next start`.
// Browse `localhost`, never 127.0.0.1: Next rewrites loopback hosts and OAuth redirects would break.
const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;

/**
 * Specs that start their own server and database (e2e/support/variant-server.ts) and never touch the
 * main server. E2E_GROUP=sandbox runs only these (no main server is started), E2E_GROUP=main runs the
 * rest; unset runs everything. CI runs the two groups side by side, on different ports, to save time.
 */
const sandboxSpecs = ["**/profile-security.spec.ts", "**/profile-email.spec.ts", "**/profile-microsoft.spec.ts", "**/session-cookies.spec.ts", "**/sign-in-sandbox.spec.ts"];
const group = process.env.E2E_GROUP;

export default defineConfig({
  testDir: "./e2e",
  testMatch: group === "sandbox" ? sandboxSpecs : "**/*.spec.ts",
  testIgnore: group === "main" ? sandboxSpecs : [],
  // Each group keeps its own failure artefacts: the two processes run at the same time in CI.
  outputDir: group ? `test-results/${group}` : "test-results",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: group === "sandbox" ? undefined : {
    command: "npx tsx --import ./lib/cli/server-only-off.mjs e2e/serve.ts",
    url: `${baseURL}/api/health`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
