import next from "eslint-config-next";
import nextTypeScript from "eslint-config-next/typescript";

// The domain folders of lib/ (everything there except platform/ and tooling/).
const domains = "lib/!(platform|tooling)/**";

/**
 * The house layers (README, "Project structure"): routes and components call lib/ domains, domains use
 * the platform, the platform knows no domain, tooling uses anything and nothing uses tooling.
 * import/no-restricted-paths matches the resolved file, so `@/…`, relative and dynamic `import()`
 * specifiers are all caught. Test files are left out (`ignores`): they may set up with anything.
 */
const layers = {
  files: ["app/**", "components/**", "lib/**", "*.ts", "*.mts"],
  ignores: ["**/*.test.ts", "**/*.test.tsx"],
  rules: {
    "import/no-restricted-paths": [
      "error",
      {
        zones: [
          {
            target: ["app", "components"],
            from: "lib/platform/db",
            message: "Pages, routes, actions and components never touch the database layer: call a lib/<domain> function that needs no db argument.",
          },
          {
            target: "components",
            from: ["app/**"],
            // Matched against the absolute path, hence the leading **/.
            except: ["**/app/**/actions.ts", "**/app/**/*-actions.ts"],
            message: "Components may import server actions (app/**/actions.ts), never pages, layouts or routes.",
          },
          { target: "lib", from: "app", message: "lib/ never imports app/: routes depend on lib, not the other way round." },
          {
            target: "lib/platform",
            from: [domains, "lib/tooling/**"],
            message: "lib/platform serves every domain and knows none of them: move the wiring to the domain or to instrumentation.ts.",
          },
          {
            target: ["app/**", "components/**", domains, "lib/platform/**", "*.ts", "*.mts"],
            from: ["lib/tooling/**"],
            message: "lib/tooling (CLI, bench, seed, test spine) never serves a request: only tests, e2e/ and other tooling import it.",
          },
        ],
      },
    ],
  },
};

const config = [
  ...next,
  ...nextTypeScript,
  layers,
  { ignores: [".next/**", ".data/**", "node_modules/**", "drizzle/**", "next-env.d.ts", "bench/results/**", "test-results/**", "playwright-report/**"] },
];

export default config;
