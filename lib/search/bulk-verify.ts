import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, queryRows, type Executor } from "@/lib/platform/db/client";
import type { BulkEntry } from "./bulk-csv";
import type { BulkVerification, CredentialSummary } from "./dto";
import { credentialSummaryJson, hasPublicActionSql, parseJson } from "./sql-fragments";

type Row = {
  via: "certificate" | "educator";
  key: string;
  public_id: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  suffix: string | null;
  credentials: unknown;
  has_public_action: boolean;
};

/**
 * Checks every uploaded value in one round trip: certificate numbers by their unique index (that
 * certificate's status), educator IDs by theirs (all of that educator's credentials).
 */
export async function verifyBulk(entries: BulkEntry[], executor: Executor = db): Promise<BulkVerification[]> {
  const rows = await queryRows<Row>(executor, bulkVerifySql(entries));
  const found = new Map(rows.map((row) => [`${row.via}:${row.key}`, row]));
  return entries.map(({ row, input, identifier }): BulkVerification => {
    if (identifier.kind !== "identifier") return { row, input, outcome: "invalid", credentials: [] };
    const match =
      identifier.certificateNumbers.map((number) => found.get(`certificate:${number}`)).find(Boolean) ??
      (identifier.publicId ? found.get(`educator:${identifier.publicId}`) : undefined);
    if (!match) return { row, input, outcome: "not-found", credentials: [] };
    return {
      row,
      input,
      outcome: "found",
      publicId: match.public_id,
      name: { firstName: match.first_name, middleName: match.middle_name, lastName: match.last_name, suffix: match.suffix },
      credentials: parseJson<CredentialSummary[]>(match.credentials),
      hasPublicAction: Boolean(match.has_public_action),
    };
  });
}

/** A VALUES list of the distinct strings, never empty (a VALUES list needs a row). */
function valuesList(values: Set<string>): SQL {
  return sql`(values ${sql.join([...values].map((value) => sql`(${value})`), sql`, `)}) as k(value)`;
}

/**
 * The upload's one statement (exported for `npm run bench:explain`). Each identifier is looked up on its
 * own (a lateral subquery with `limit 1`, which the planner cannot flatten into a join): 500 unique-index
 * probes, however large the tables are. As a plain join the planner hashed all of `educator_names` and
 * `educators` once a file named a quarter of a small database.
 */
export function bulkVerifySql(entries: BulkEntry[]): SQL {
  const certificates = new Set<string>([""]);
  const publicIds = new Set<string>([""]);
  for (const { identifier } of entries) {
    if (identifier.kind !== "identifier") continue;
    identifier.certificateNumbers.forEach((number) => certificates.add(number));
    if (identifier.publicId) publicIds.add(identifier.publicId);
  }
  const person = sql`e.public_id, n.first_name, n.middle_name, n.last_name, n.suffix, ${hasPublicActionSql(sql`e`)} as has_public_action`;
  return sql`select 'certificate' as via, k.value as key, p.*
      from ${valuesList(certificates)}
      cross join lateral (
        select ${person}, json_build_array(json_build_object('certificateNumber', c.certificate_number, 'typeName', ct.name,
            'area', c.area, 'status', c.status, 'expirationDate', c.expiration_date)) as credentials
        from credentials c
        join credential_types ct on ct.id = c.credential_type_id
        join educators e on e.id = c.educator_id
        join educator_names n on n.educator_id = e.id and n.kind = 'current'
        where c.certificate_number = k.value
        limit 1) p
    union all
    select 'educator' as via, k.value as key, p.*
      from ${valuesList(publicIds)}
      cross join lateral (
        select ${person}, ${credentialSummaryJson(sql`e.id`)} as credentials
        from educators e
        join educator_names n on n.educator_id = e.id and n.kind = 'current'
        where e.public_id = k.value
        limit 1) p`;
}
