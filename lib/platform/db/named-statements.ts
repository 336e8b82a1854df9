import type postgres from "postgres";

/**
 * A statement with more parameters than this is sent unnamed: its shape follows the data (a long
 * `in (…)` list, a bulk insert's rows), and every shape would stay in each connection's cache.
 */
export const maxNamedStatementParameters = 64;

type Sql = postgres.Sql;
type UnsafeOptions = { prepare?: boolean } & Record<string, unknown>;

/** Whether a statement with these parameters goes out named (prepared once per connection). */
export function namesStatement(parameters: readonly unknown[] | undefined): boolean {
  return (parameters?.length ?? 0) <= maxNamedStatementParameters;
}

/**
 * The postgres.js client as drizzle should see it: every statement named and prepared once per
 * connection, as postgres.js does by default. drizzle's query builder asks for `prepare: false` on
 * each statement it sends (only `.prepare(name)` statements are named), so without this every query
 * re-sends its text and is parsed again, and the client decodes its row description again, on every
 * request (measured with `npm run bench`: the signed-in dashboard serves a quarter more requests per
 * second with its statements named). Statements in a transaction are named too: `begin` and
 * `savepoint` hand their callback a scoped client, which gets the same treatment.
 *
 * The client's own `prepare: false` (DATABASE_PREPARED_STATEMENTS=false, for a connection pooler that
 * cannot carry named statements) still wins: postgres.js names a statement only when both agree.
 */
export function namingStatements<Client extends Sql>(client: Client): Client {
  // Made once per client, not on every statement (drizzle reads `unsafe` for each query it sends).
  const replaced = new Map<PropertyKey, unknown>([["unsafe", namedUnsafe(client)]]);
  // The pool's client opens transactions; a transaction's scoped client also has savepoints.
  for (const opener of ["begin", "savepoint"] as const) {
    const open = (client as Partial<Record<typeof opener, (...args: unknown[]) => unknown>>)[opener];
    if (typeof open === "function") replaced.set(opener, scopedNaming(open));
  }
  return new Proxy(client, {
    get: (target, property, receiver) => (replaced.has(property) ? replaced.get(property) : Reflect.get(target, property, receiver)),
  });
}

function namedUnsafe(client: Sql) {
  return (query: string, parameters?: unknown[], options?: UnsafeOptions) =>
    client.unsafe(query, parameters as postgres.ParameterOrJSON<never>[], { ...options, prepare: namesStatement(parameters) });
}

/** `begin` or `savepoint`, handing its callback (always the last argument) the scoped client, named too. */
function scopedNaming(open: (...args: unknown[]) => unknown) {
  return (...args: unknown[]) => {
    const callback = args.pop() as (scoped: Sql) => unknown;
    return open(...args, (scoped: Sql) => callback(namingStatements(scoped)));
  };
}
