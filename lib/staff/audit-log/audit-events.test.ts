import { describe, expect, it, vi } from "vitest";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { signedInTestStaff } from "@/lib/tooling/testing/staff";
import { searchBySsnForStaff } from "../records/ssn-search";
import { listAuditEvents } from "./audit-events";
import { parseAuditFilters } from "./audit-filters";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

/** Issue 15 "Audit log": every event, filterable; "who looked at whose SSN, when, why" reads from one row. */
provideTestDatabase();

describe("the audit log (admin or records)", () => {
  it("shows an SSN search with the staff member's name, the record, and the reason; filters by educator, account, staff, event and date", async () => {
    const person = await insertTestAccount();
    const searcher = await signedInTestStaff(["support"]);
    await searchBySsnForStaff({ ssn: person.person.ssn, reason: "Caller asked to confirm their record" });
    await recordAudit({ event: "sign-in", outcome: "success", userId: person.userId });
    await signedInTestStaff(["records"]);

    const all = await listAuditEvents(parseAuditFilters({}));
    expect(all.rows[0]).toMatchObject({ event: "sign-in", staffName: null, username: person.username, publicId: person.publicId });
    const search = all.rows.find((row) => row.event === "staff.ssn-search");
    expect(search).toMatchObject({ staffName: searcher.name, publicId: person.publicId, educatorName: `${person.person.firstName} ${person.person.lastName}`, username: null, details: { reason: "Caller asked to confirm their record", found: true } });

    const byEducator = await listAuditEvents(parseAuditFilters({ educator: person.publicId.toLowerCase() }));
    expect(byEducator.rows.map((row) => row.event)).toEqual(["sign-in", "staff.ssn-search"]);
    expect((await listAuditEvents(parseAuditFilters({ account: person.username.toUpperCase() }))).rows.map((row) => row.event)).toEqual(["sign-in"]);
    expect((await listAuditEvents(parseAuditFilters({ staff: searcher.id }))).rows.map((row) => row.event)).toEqual(["staff.ssn-search"]);
    expect((await listAuditEvents(parseAuditFilters({ educator: person.publicId, event: "staff." }))).rows).toHaveLength(1);
    expect((await listAuditEvents(parseAuditFilters({ educator: person.publicId, from: "01/01/2000", to: "01/02/2000" }))).rows).toEqual([]);
  });

  it("reports bad filters beside their fields and ignores them", () => {
    const filters = parseAuditFilters({ educator: "nope", from: "2026-01-01", to: "13/45/2026", staff: "x" });
    expect(Object.keys(filters.errors).sort()).toEqual(["educator", "from", "staff", "to"]);
    expect(filters).toMatchObject({ publicId: null, from: null, to: null, staffId: null });
  });
});
