import { describe, expect, it } from "vitest";
import { demoFlagFrom, syntheticSeedRefusal } from "./production-refusal";

describe("seeding a production database (issue 11 item 7)", () => {
  it("refuses synthetic people with NODE_ENV=production unless --demo is given, and says how", () => {
    for (const script of ["db:seed", "db:prepare"] as const) {
      expect(syntheticSeedRefusal({ production: true, demo: false, script })).toBe(
        `${script} refuses to write synthetic people into a production database (NODE_ENV=production). For a demonstration site, run \`npm run ${script} -- --demo\`.`,
      );
      expect(syntheticSeedRefusal({ production: true, demo: true, script })).toBeNull();
      expect(syntheticSeedRefusal({ production: false, demo: false, script })).toBeNull();
    }
  });

  it("reads --demo wherever it stands and leaves the other arguments", () => {
    expect(demoFlagFrom(["--educators", "50", "--demo"])).toEqual({ demo: true, rest: ["--educators", "50"] });
    expect(demoFlagFrom(["--educators", "50"])).toEqual({ demo: false, rest: ["--educators", "50"] });
  });
});
