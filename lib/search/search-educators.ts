import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, queryRows, type Executor } from "@/lib/platform/db/client";
import type { CredentialSummary, SearchResults } from "./dto";
import { maxResults, pageSize, type SearchQuery } from "./search-input";
import { credentialSummaryJson, escapeLike, formerNamesJson, hasPublicActionSql, parseJson, probe } from "./sql-fragments";

/**
 * Name rows read at most per search. An educator matches through at most a current and two former
 * names in practice, so three rows per result is enough to count past `maxResults` distinct people.
 */
const scanLimit = 3 * (maxResults + 1);

type Row = {
  total: number;
  public_id: string | null;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  suffix: string | null;
  former: string | unknown[];
  credentials: string | CredentialSummary[];
  has_public_action: boolean;
};

/**
 * A former name matches only when the record lets it be shown publicly: one primary-key probe per
 * former-name row read (current names, most rows, never reach it; OR evaluates left to right).
 */
const visibleName = sql`(n.kind = 'current' or (select v.show_former_names from educators v where v.id = n.educator_id))`;

function statusFilter(query: SearchQuery, educatorId: SQL): SQL {
  return query.status ? sql` and ${probe(sql`from credentials s where s.educator_id = ${educatorId} and s.status = ${query.status}`)}` : sql``;
}

function nameFilter(query: SearchQuery): SQL {
  const first = query.firstPrefix ? sql` and n.first_name_norm like ${escapeLike(query.firstPrefix) + "%"}` : sql``;
  return sql`n.last_name_norm like ${escapeLike(query.lastPrefix ?? "") + "%"}${first} and ${visibleName}`;
}

/**
 * Matching name rows in result order. By name: a prefix range scan of the (last, first) pattern-ops
 * index, read in index order (`using ~<~`), so exact last names come first (a prefix sorts before
 * every longer name it starts) and the scan stops after `scanLimit` rows. By identifier: the unique
 * certificate-number and public-ID indexes, narrowed by any name typed too.
 */
function hits(query: SearchQuery): SQL {
  if (query.certificateNumbers.length === 0 && !query.publicId) {
    return sql`select n.educator_id,
        row_number() over (order by n.last_name_norm using ~<~, n.first_name_norm using ~<~, n.educator_id) as pos
      from educator_names n
      where ${nameFilter(query)}${statusFilter(query, sql`n.educator_id`)}
      order by n.last_name_norm using ~<~, n.first_name_norm using ~<~, n.educator_id
      limit ${scanLimit}`;
  }
  const byName = query.lastPrefix ? sql` and ${probe(sql`from educator_names n where n.educator_id = x.educator_id and ${nameFilter(query)}`)}` : sql``;
  const certificates = query.certificateNumbers.length > 0 ? query.certificateNumbers : [""];
  return sql`select x.educator_id, 1 as pos from (
      select c.educator_id from credentials c where c.certificate_number in ${certificates}
      union
      select e.id from educators e where e.public_id = ${query.publicId ?? ""}
    ) x
    where true${byName}${statusFilter(query, sql`x.educator_id`)}`;
}

/** The results page's one statement (exported for `npm run bench:explain`). */
export function searchEducatorsSql(query: SearchQuery): SQL {
  const offset = (query.page - 1) * pageSize;
  return sql`with hits as (${hits(query)}),
      ranked as (select educator_id, min(pos) as pos from hits group by educator_id),
      page as (select educator_id, pos from ranked order by pos, educator_id limit ${pageSize} offset ${offset}),
      total as (select count(*)::int as total from ranked)
    select t.total, e.public_id, cn.first_name, cn.middle_name, cn.last_name, cn.suffix,
      ${formerNamesJson(sql`e`)} as former,
      ${credentialSummaryJson(sql`e.id`)} as credentials,
      ${hasPublicActionSql(sql`e`)} as has_public_action
    from total t
    left join (page p
      join educators e on e.id = p.educator_id
      join educator_names cn on cn.educator_id = p.educator_id and cn.kind = 'current') on true
    order by p.pos, cn.last_name_norm, cn.first_name_norm, e.public_id`;
}

/**
 * One round trip per results page: the capped count and the page's people with their credential
 * summaries, former names and discipline flag, aggregated in SQL (no N+1). `executor` is for the
 * benchmark, which queries its own database; pages leave it out.
 */
export async function searchEducators(query: SearchQuery, executor: Executor = db): Promise<SearchResults> {
  const rows = await queryRows<Row>(executor, searchEducatorsSql(query));
  const people = rows.filter((row) => row.public_id !== null);
  return {
    total: Math.min(Number(rows[0]?.total ?? 0), maxResults + 1),
    page: query.page,
    pageSize,
    rows: people.map((row) => ({
      publicId: row.public_id!,
      name: { firstName: row.first_name, middleName: row.middle_name, lastName: row.last_name, suffix: row.suffix },
      formerLastNames: parseJson<string[]>(row.former),
      credentials: parseJson<CredentialSummary[]>(row.credentials),
      hasPublicAction: Boolean(row.has_public_action),
    })),
  };
}
