import { describe, expect, it } from "vitest";
import { exportedFunctions, idTakingImportedFunctions, staffActions, staffLibFiles, staffUiFiles } from "./entry-points";
import { staffActionCatalog } from "./staff-action-catalog";

/**
 * The console's side of NX-1/NX-2, read from the source: every staff action asks requireStaff (or a
 * lib/staff function that does), and every lib function a console page or action hands an id to
 * checks the staff role itself, so no page check is the only check.
 */
const staffGuards = ["requireStaff", "currentStaff", "requireStaffFirstFactor"];
const guardedStaffFunctions = new Set(
  staffLibFiles.flatMap(exportedFunctions).filter((fn) => fn.calls.some((call) => staffGuards.includes(call))).map((fn) => fn.name),
);

describe("staff console entry points (issue 15 item 4)", () => {
  it("finds the staff actions", () => {
    expect(staffActions.map((fn) => fn.name)).toContain("staffSignOutAction");
  });

  it.each(staffActions.map((fn) => [`${fn.file} ${fn.name}`, fn] as const))("%s is guarded by the staff session", (_label, fn) => {
    const entry = staffActionCatalog[fn.name];
    const guarded = fn.calls.some((call) => staffGuards.includes(call) || guardedStaffFunctions.has(call));
    expect(guarded || (entry !== undefined && "visitor" in entry), "calls requireStaff/currentStaff or a guarded lib/staff function, or is a listed visitor action").toBe(true);
    expect(fn.params.filter((param) => /id$/i.test(param)), "no id arguments bound from the browser").toEqual([]);
  });

  it("console pages and actions hand ids only to functions that check the staff role themselves", () => {
    const offenders = [...staffUiFiles, ...staffActions.map((fn) => fn.file)].flatMap((file) =>
      idTakingImportedFunctions(file)
        .filter((fn) => !fn.calls.some((call) => staffGuards.includes(call)))
        .map((fn) => `${file}: ${fn.name}`),
    );
    expect(offenders).toEqual([]);
  });
});
