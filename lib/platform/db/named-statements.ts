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
  return new Proxy(client, {
    get(target, property, receiver) {
      if (property === "unsafe") {
        return (query: string, parameters?: unknown[], options?: UnsafeOptions) =>
          target.unsafe(query, parameters as postgres.ParameterOrJSON<never>[], { ...options, prepare: namesStatement(parameters) });
      }
      if (property === "begin" || property === "savepoint") {
        const open = Reflect.get(target, property, receiver) as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          const callback = args.pop() as (scoped: Sql) => unknown;
          return open(...args, (scoped: Sql) => callback(namingStatements(scoped)));
        };
      }
      return Reflect.get(target, property, receiver);
    },
  });
}
