import { describe, expect, it } from "vitest";
import { describeCycle, folderCycles, folderOf } from "./folder-cycles";

describe("folder-level import cycles", () => {
  it("none between lib domains, platform parts, tooling parts, components features and app", () => {
    // Compared as text, so a failure prints each cycle with every file import that closes it.
    const report = folderCycles().map(describeCycle).join("\n\n");
    expect(report).toBe("");
  });

  it("finds a cycle and names the imports that close it", () => {
    const cycles = folderCycles([
      { from: "lib/auth/a.ts", to: "lib/sign-in/b.ts" },
      { from: "lib/sign-in/b.ts", to: "lib/auth/c.ts" },
      { from: "lib/sign-in/b.ts", to: "lib/platform/clock.ts" },
      { from: "lib/auth/a.ts", to: "lib/auth/c.ts" },
    ]);
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.folders).toEqual(["lib/auth", "lib/sign-in", "lib/auth"]);
    expect(describeCycle(cycles[0]!)).toContain("lib/sign-in/b.ts → lib/auth/c.ts");
  });

  it("names folders at the granularity the layers use", () => {
    expect(folderOf("lib/platform/db/schema/enums.ts")).toBe("lib/platform/db");
    expect(folderOf("lib/platform/clock.ts")).toBe("lib/platform/clock");
    expect(folderOf("lib/tooling/seed/people.ts")).toBe("lib/tooling/seed");
    expect(folderOf("lib/search/dto.ts")).toBe("lib/search");
    expect(folderOf("components/ui/field.tsx")).toBe("components/ui");
    expect(folderOf("app/(public)/search/page.tsx")).toBe("app");
    expect(folderOf("app/(public)/search/bulk/actions.ts")).toBe("app (server actions)");
  });
});
