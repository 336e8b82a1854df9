import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { ensureApplicationTypes } from "@/lib/applications/catalog";
import { db } from "@/lib/platform/db/client";
import { applicationTypes, auditEvents } from "@/lib/platform/db/schema";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { signedInTestStaff } from "@/lib/tooling/testing/staff";
import { applicationTypeRules, secondReviewerSetting, setSecondReviewerRule } from "./second-reviewer-rule";

vi.mock("@/lib/auth", async () => (await import("@/lib/tooling/testing/session-seam")).authModule());
vi.mock("next/headers", async () => (await import("@/lib/tooling/testing/session-seam")).headersModule());

provideTestDatabase();
beforeEach(async () => {
  await ensureApplicationTypes(db);
});

const ruleOf = async (code: string) => (await db.select({ required: applicationTypes.secondReviewerRequired }).from(applicationTypes).where(eq(applicationTypes.code, code)))[0]?.required;
const audited = () => db.select({ event: auditEvents.event, staffId: auditEvents.staffId, details: auditEvents.details }).from(auditEvents);

describe("the two-person rule per application type (issue 15, staff console)", () => {
  it("an administrator turns it on and off; each change is audited once, a repeat changes nothing", async () => {
    const admin = await signedInTestStaff(["admin"]);
    expect((await applicationTypeRules()).find((type) => type.code === "duplicate")).toMatchObject({ name: expect.any(String), secondReviewerRequired: false });

    expect(await setSecondReviewerRule({ secondReviewerSetting: secondReviewerSetting("duplicate", true) })).toMatchObject({ status: "ok" });
    expect(await ruleOf("duplicate")).toBe(true);
    // Pressed again (a second administrator, a double click): the state it names already holds.
    expect(await setSecondReviewerRule({ secondReviewerSetting: secondReviewerSetting("duplicate", true) })).toMatchObject({ status: "ok" });
    expect(await setSecondReviewerRule({ secondReviewerSetting: secondReviewerSetting("duplicate", false) })).toMatchObject({ status: "ok" });
    expect(await ruleOf("duplicate")).toBe(false);

    expect(await audited()).toEqual([
      { event: "staff.application_type.second_reviewer", staffId: admin.id, details: { type: "duplicate", required: true } },
      { event: "staff.application_type.second_reviewer", staffId: admin.id, details: { type: "duplicate", required: false } },
    ]);
  });

  it("refuses an unknown type or a malformed setting with a message, and changes nothing", async () => {
    const admin = await signedInTestStaff(["admin"]);
    const before = await applicationTypeRules();
    for (const setting of [secondReviewerSetting("no-such-type", true), "renewal:maybe", "", "renewal"]) {
      expect(await setSecondReviewerRule({ secondReviewerSetting: setting })).toMatchObject({ status: "error", formError: "This application type was not found." });
    }
    expect(await applicationTypeRules()).toEqual(before);
    expect((await audited()).filter((event) => event.staffId === admin.id)).toEqual([]);
  });
});
