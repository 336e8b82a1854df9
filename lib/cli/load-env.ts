import nextEnv from "@next/env";

/**
 * Command-line scripts read the same .env files, in the same order, as `next dev` / `next start`
 * (house style: one way to load the environment). Import this first in every CLI entry point.
 */
nextEnv.loadEnvConfig(process.cwd(), process.env.NODE_ENV !== "production");
