/**
 * `db:seed` and `db:prepare` write about 2,000 synthetic people (and the named demo people). On a
 * production database that is never what an operator wants by accident (issue 11 item 7), so with
 * NODE_ENV=production they refuse unless `--demo` says this is a demonstration site on purpose.
 */
export function syntheticSeedRefusal(options: { production: boolean; demo: boolean; script: "db:seed" | "db:prepare" }): string | null {
  if (!options.production || options.demo) return null;
  return (
    `${options.script} refuses to write synthetic people into a production database (NODE_ENV=production). ` +
    `For a demonstration site, run \`npm run ${options.script} -- --demo\`.`
  );
}

/** Takes `--demo` out of a script's arguments: whether it was there, and the rest. */
export function demoFlagFrom(args: string[]): { demo: boolean; rest: string[] } {
  return { demo: args.includes("--demo"), rest: args.filter((arg) => arg !== "--demo") };
}
