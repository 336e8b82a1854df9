import { afterEach, describe, expect, it } from "vitest";
import { restoreTestEnv, useTestEnv } from "@/lib/tooling/testing/test-env";
import { secondFactorRequired } from "./policy";

afterEach(restoreTestEnv);

describe("who must have a second factor (MFA-9)", () => {
  it("MFA-9: staff always; educators only with MFA_REQUIRED_FOR_EDUCATORS", () => {
    expect(secondFactorRequired("staff")).toBe(true);
    expect(secondFactorRequired("educator")).toBe(false);
    useTestEnv({ MFA_REQUIRED_FOR_EDUCATORS: "true" });
    expect(secondFactorRequired("educator")).toBe(true);
    expect(secondFactorRequired()).toBe(true);
  });
});
