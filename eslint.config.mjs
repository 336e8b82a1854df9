import next from "eslint-config-next";
import nextTypeScript from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTypeScript,
  { ignores: [".next/**", ".data/**", "node_modules/**", "drizzle/**", "next-env.d.ts", "bench/results/**", "test-results/**", "playwright-report/**"] },
];

export default config;
