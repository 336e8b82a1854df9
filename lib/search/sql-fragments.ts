import "server-only";
import { sql, type SQL } from "drizzle-orm";

/** LIKE metacharacters in a typed prefix match themselves (normalised names hold none, identifiers might). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** postgres.js parses json columns; PGlite returns them as text on some paths. */
export function parseJson<T>(value: unknown): T {
  return (typeof value === "string" ? JSON.parse(value) : value) as T;
}

/** Former last names of educator alias `e`, oldest first, only when the record shows them. */
export function formerNamesJson(e: SQL): SQL {
  return sql`case when ${e}.show_former_names then (
      select coalesce(json_agg(f.last_name order by f.created_at, f.last_name), '[]'::json)
      from educator_names f where f.educator_id = ${e}.id and f.kind = 'former')
    else '[]'::json end`;
}

/**
 * The public summary of every credential an educator holds: current ones first (active, then
 * suspended), then by newest expiry. Columns are listed one by one; nothing else leaves the database.
 */
export function credentialSummaryJson(educatorId: SQL): SQL {
  return sql`(select coalesce(json_agg(json_build_object(
        'certificateNumber', c.certificate_number, 'typeName', ct.name, 'area', c.area,
        'status', c.status, 'expirationDate', c.expiration_date)
      order by ${statusOrder} , c.expiration_date desc nulls first, c.certificate_number), '[]'::json)
    from credentials c join credential_types ct on ct.id = c.credential_type_id
    where c.educator_id = ${educatorId})`;
}

export const statusOrder = sql.raw(
  `case c.status when 'active' then 0 when 'suspended' then 1 when 'expired' then 2 when 'surrendered' then 3 else 4 end`,
);

/**
 * True when `fromWhere` (a `from … where …` reaching one person's rows) finds a row. Written as a
 * scalar subquery with `limit 1` rather than EXISTS on purpose: the planner may turn an EXISTS into a
 * hashed subplan or a semi-join that reads the whole table first (at 200,000 educators the former-name
 * test did exactly that), while a scalar subquery is always run per row, as one index probe.
 */
export function probe(fromWhere: SQL): SQL {
  return sql`coalesce((select true ${fromWhere} limit 1), false)`;
}

/** Whether educator alias `e` has a public disciplinary action (an index probe). */
export function hasPublicActionSql(e: SQL): SQL {
  return probe(sql`from public_disciplinary_actions a where a.educator_id = ${e}.id`);
}
