import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates SQL from the schema; migrations are applied by `npm run db:migrate`
// through the app's own client (lib/tooling/cli/db-migrate.ts), so PGlite gets its extensions too.
export default defineConfig({
  schema: "./lib/platform/db/schema/index.ts",
  out: "./drizzle",
  dialect: "postgresql",
  strict: true,
  verbose: true,
});
