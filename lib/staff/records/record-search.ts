import "server-only";
import { eq, inArray } from "drizzle-orm";
import { db } from "@/lib/platform/db/client";
import { educators, users } from "@/lib/platform/db/schema";
import { decryptPii } from "@/lib/platform/security/pii";
import { maskSsn } from "@/lib/platform/security/ssn";
import type { SearchResultRow } from "@/lib/search/dto";
import { parseSearchParams, type ParsedSearch } from "@/lib/search/search-input";
import { searchEducators } from "@/lib/search/search-educators";
import { requireStaff } from "../guard";

export type StaffSearchRow = SearchResultRow & { maskedSsn: string; dateOfBirth: string; username: string | null };
export type StaffSearch = { parsed: ParsedSearch; rows: StaffSearchRow[]; total: number; page: number; pageSize: number };

/**
 * Find a record by name (current or former, the public search's one normalised name search), educator
 * ID or certificate number (records or support). The query string is the public search's (last,
 * first, id, page), so an SSN typed into "id" is refused exactly as there; the full-SSN search is its
 * own audited form (ssn-search.ts). Each row adds what staff need to tell people apart: date of birth,
 * ***-**-1234 and the account's username.
 */
export async function searchRecordsForStaff(params: Record<string, string | string[] | undefined>): Promise<StaffSearch> {
  await requireStaff("records", "support");
  const parsed = parseSearchParams(params);
  if (parsed.state !== "valid") return { parsed, rows: [], total: 0, page: 1, pageSize: 0 };
  const results = await searchEducators(parsed.query);
  const ids = results.rows.map((row) => row.publicId);
  const extras = ids.length
    ? await db
        .select({ publicId: educators.publicId, dateOfBirth: educators.dateOfBirth, ssnCiphertext: educators.ssnCiphertext, ssnKeyId: educators.ssnKeyId, username: users.username })
        .from(educators)
        .leftJoin(users, eq(users.educatorId, educators.id))
        .where(inArray(educators.publicId, ids))
    : [];
  const byId = new Map(extras.map((row) => [row.publicId, row]));
  const rows = results.rows.map((row) => {
    const extra = byId.get(row.publicId)!;
    return { ...row, dateOfBirth: extra.dateOfBirth, maskedSsn: maskSsn(decryptPii(extra.ssnCiphertext, extra.ssnKeyId, "ssn")), username: extra.username };
  });
  return { parsed, rows, total: results.total, page: results.page, pageSize: results.pageSize };
}
