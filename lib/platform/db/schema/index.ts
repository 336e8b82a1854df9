// The database schema. Change it here, then `npm run db:generate -- --name <what-changed>` writes the
// SQL migration into drizzle/ (commit it); `npm run db:migrate` applies migrations through the app's
// own client, so PGlite and PostgreSQL get identical schemas. Never `drizzle-kit push`.
export * from "./enums";
export * from "./records";
export * from "./accounts";
export * from "./credentials";
export * from "./messaging";
export * from "./workflow";
export * from "./second-factors";
export * from "./reminders";
export * from "./applications";
export * from "./documents";
export * from "./payments";
export * from "./staff";
export * from "./support-replies";
