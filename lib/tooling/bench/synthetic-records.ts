import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db/client";

/**
 * Fills the tables the account search reads with `to - from` synthetic records in SQL, so a million
 * rows take a minute rather than an hour of per-row encryption. Their fingerprints are random-looking
 * hex like real ones, so the index being measured has its real size and shape; nobody can find them.
 */
export async function addSyntheticRecords(executor: Executor, from: number, to: number): Promise<void> {
  const step = 100_000;
  for (let start = from; start < to; start += step) {
    const end = Math.min(to, start + step) - 1;
    await executor.execute(sql`
      with e as (
        insert into educators (public_id, date_of_birth, ssn_ciphertext, ssn_key_id, ssn_fingerprint, ssn_fingerprint_key_id, source)
        select lpad(i::text, 10, '0'), date '1950-01-01' + (i % 18000), 'bench', 'bench', md5('ssn' || i) || md5('bench' || i), 'bench', 'seed'
        from generate_series(${start}::int, ${end}::int) as i
        returning id
      )
      insert into educator_names (educator_id, kind, first_name, last_name, first_name_norm, last_name_norm, search_fingerprint, search_fingerprint_key_id)
      select id, 'current', 'Bench', 'Person', 'bench', 'person', encode(sha256(convert_to(id::text, 'UTF8')), 'hex'), 'bench' from e`);
  }
  await executor.execute(sql`analyze educators`);
  await executor.execute(sql`analyze educator_names`);
}
