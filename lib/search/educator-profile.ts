import "server-only";
import { sql, type SQL } from "drizzle-orm";
import { db, queryRows, type Executor } from "@/lib/platform/db/client";
import type { EducatorProfile, PublicAction, PublicCredential } from "./dto";
import { formerNamesJson, parseJson, statusOrder } from "./sql-fragments";

type Row = {
  public_id: string;
  first_name: string;
  middle_name: string | null;
  last_name: string;
  suffix: string | null;
  former: unknown;
  credentials: unknown;
  actions: unknown;
};

/**
 * An educator's public page in one round trip: the current name, former names when shown, every
 * credential with its endorsements, and the public disciplinary actions. `publicId` must already be
 * normalised (lib/records/public-id.ts). Null when there is no such educator. `executor` is for the
 * benchmark; pages leave it out.
 */
export async function findEducatorProfile(publicId: string, executor: Executor = db): Promise<EducatorProfile | null> {
  const [row] = await queryRows<Row>(executor, educatorProfileSql(publicId));
  if (!row) return null;
  return {
    publicId: row.public_id,
    name: { firstName: row.first_name, middleName: row.middle_name, lastName: row.last_name, suffix: row.suffix },
    formerLastNames: parseJson<string[]>(row.former),
    credentials: parseJson<PublicCredential[]>(row.credentials),
    actions: parseJson<PublicAction[]>(row.actions),
  };
}

/** The page's one statement (exported for `npm run bench:explain`). */
export function educatorProfileSql(publicId: string): SQL {
  return sql`select e.public_id, cn.first_name, cn.middle_name, cn.last_name, cn.suffix,
      ${formerNamesJson(sql`e`)} as former,
      (select coalesce(json_agg(json_build_object(
          'certificateNumber', c.certificate_number, 'typeName', ct.name, 'area', c.area,
          'gradeRange', c.grade_range, 'rank', c.rank, 'status', c.status,
          'effectiveDate', c.effective_date, 'expirationDate', c.expiration_date,
          'endorsements', (select coalesce(json_agg(json_build_object('name', d.name, 'effectiveDate', d.effective_date)
              order by d.effective_date, d.name), '[]'::json)
            from endorsements d where d.credential_id = c.id))
        order by ${statusOrder}, c.expiration_date desc nulls first, c.certificate_number), '[]'::json)
        from credentials c join credential_types ct on ct.id = c.credential_type_id
        where c.educator_id = e.id) as credentials,
      (select coalesce(json_agg(json_build_object(
          'actionType', a.action_type, 'actionDate', a.action_date, 'effectiveFrom', a.effective_from,
          'effectiveUntil', a.effective_until, 'summary', a.summary, 'orderUrl', a.order_url,
          'certificateNumber', ac.certificate_number)
        order by a.action_date desc), '[]'::json)
        from public_disciplinary_actions a left join credentials ac on ac.id = a.credential_id
        where a.educator_id = e.id) as actions
    from educators e
    join educator_names cn on cn.educator_id = e.id and cn.kind = 'current'
    where e.public_id = ${publicId}`;
}
