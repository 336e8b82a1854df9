// A named import: @next/env is CommonJS without a default export, so `import nextEnv from` is undefined under tsx.
import { loadEnvConfig } from "@next/env";

/**
 * Command-line scripts read the same .env files, in the same order, as `next dev` / `next start`
 * (house style: one way to load the environment). Import this first in every CLI entry point.
 */
loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
