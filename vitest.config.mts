import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit and integration tests. Integration tests run on a PGlite clone of one migrated template per
// file by default, and on PostgreSQL (a database per file, cloned from a migrated template) when
// DATABASE_URL is set. See lib/tooling/testing/.
export default defineConfig({
  resolve: {
    alias: {
      "@": import.meta.dirname,
      // lib/ modules are marked server-only; tests are server code.
      "server-only": path.join(import.meta.dirname, "lib/tooling/testing/server-only-stub.ts"),
    },
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "app/**/*.test.ts", "components/**/*.test.ts?(x)"],
    globalSetup: ["lib/tooling/testing/global-setup.ts"],
    setupFiles: ["lib/tooling/testing/test-env.ts"],
    pool: "forks",
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses; inlined,
    // Vite resolves it (the runtime authorization test imports the sign-in actions for real).
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: {
      NODE_ENV: "test",
      APP_URL: "http://localhost:3000",
      AUTH_SECRET: "test-auth-secret-0123456789abcdef0123456789abcdef",
      ALTCHA_HMAC_SECRET: "test-altcha-secret-0123456789abcdef0123456789abcdef",
      PII_ENCRYPTION_KEYS: "test1:" + Buffer.alloc(32, 1).toString("base64"),
      PII_FINGERPRINT_KEYS: "test1:" + Buffer.alloc(32, 2).toString("base64"),
      EMAIL_TRANSPORT: "mailbox",
      LOG_LEVEL: "error",
    },
  },
});
