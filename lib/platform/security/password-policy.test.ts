import { describe, expect, it } from "vitest";
import { z } from "zod";
import { checkNewPassword, isCommonPassword, newPasswordFields, refineNewPassword } from "./password-policy";

const strong = "Violet-Harbor-Tractor-42";

function refusal(input: Parameters<typeof checkNewPassword>[0]): string {
  const result = checkNewPassword(input);
  if (result.ok) throw new Error(`expected ${input.password} to be refused`);
  return result.message;
}

describe("checkNewPassword", () => {
  it("accepts a long, unguessable password that meets the KECS composition rule (D-1)", () => {
    expect(checkNewPassword({ password: strong, confirmPassword: strong, username: "mcaldwell" })).toEqual({ ok: true });
  });

  it('refuses "password" and "Password123!" (PWD-2)', () => {
    expect(checkNewPassword({ password: "password" }).ok).toBe(false);
    expect(checkNewPassword({ password: "Password123!" }).ok).toBe(false);
    expect(isCommonPassword("password")).toBe(true);
    expect(isCommonPassword("Password123!")).toBe(true);
  });

  it("refuses long common passwords with the reason, even when they meet every other rule (PWD-2)", () => {
    // 15+ characters, all four character kinds, but a decorated top-list word.
    expect(refusal({ password: "Password123456789!" })).toMatch(/too common/);
    expect(isCommonPassword("Sunshine2024!!")).toBe(true);
    expect(isCommonPassword(strong)).toBe(false);
  });

  it("counts code points after NFKC: 15 minimum, 128 maximum, no truncation (PWD-1)", () => {
    expect(refusal({ password: "Vh-Tr4ctor-42x" })).toBe("Your password must be at least 15 characters long (it has 14)");
    // Fourteen emoji are 28 UTF-16 units but 14 code points.
    expect(refusal({ password: "Aa1!" + "🌳".repeat(10) })).toMatch(/at least 15 .*it has 14/);
    // The full-width "Ａ" becomes "A" under NFKC, so this is the same password as its ASCII twin.
    expect(checkNewPassword({ password: "Ｖiolet-Harbor-Tractor-42", confirmPassword: strong }).ok).toBe(true);
    const long = `${strong}-${"quiet meadow lantern ".repeat(6)}`.slice(0, 128);
    expect(checkNewPassword({ password: long }).ok).toBe(true);
    expect(refusal({ password: `${long}x` })).toBe("Your password must be 128 characters or fewer (it has 129)");
  });

  it("keeps the agency's composition rule and names what is missing (D-1)", () => {
    expect(refusal({ password: "violet-harbor-tractor-42" })).toBe("Your password must include an uppercase letter");
    expect(refusal({ password: "violet harbor tractor lamp" })).toBe(
      "Your password must include an uppercase letter, a number and a special character such as ! @ # or $",
    );
  });

  it("refuses the username, the email's local parts, the person's names and context words (PWD-3)", () => {
    expect(refusal({ password: "Mcaldwell-Harbor-42", username: "mcaldwell" })).toBe("Your password must not contain your username");
    expect(refusal({ password: "Violet-Harbor-Caldwell-42", email: "mary.caldwell@example.org" })).toBe(
      "Your password must not contain your email address",
    );
    expect(refusal({ password: "Violet-Harbor-Nunez-42", names: ["José", "Nunez"] })).toBe("Your password must not contain your name");
    expect(refusal({ password: "Violet-Kentucky-Tractor-42" })).toBe('Your password must not contain "kentucky"');
    expect(refusal({ password: "Violet-Educator-Tractor-42" })).toBe('Your password must not contain "educator"');
    expect(refusal({ password: "Violet-KECS-Tractor-42" })).toMatch(/must not contain "kecs"/i);
  });

  it("refuses guessable passwords with zxcvbn's reason (PWD-3)", () => {
    expect(refusal({ password: "Summer2024!Summer2024!" })).toMatch(/^This password is too easy to guess because it repeats a group/);
    expect(refusal({ password: "Zxcvbnm,./12345A" })).toMatch(/because it uses a straight row of keys/);
    expect(refusal({ password: "AAAAAAAAAAAAAAa1!" })).toMatch(/because it repeats characters/);
  });

  it("checks the confirmation last and points at that field", () => {
    expect(checkNewPassword({ password: strong, confirmPassword: `${strong}x` })).toEqual({
      ok: false,
      field: "confirmPassword",
      message: "The passwords do not match",
    });
  });

  it("puts the policy's message on the right field in a zod schema", () => {
    const schema = z.object(newPasswordFields).superRefine((value, context) => refineNewPassword(value, context, { username: "bwhitaker" }));
    const result = schema.safeParse({ password: "short", confirmPassword: "" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((issue) => [String(issue.path[0]), issue.message]));
    expect(messages).toEqual({ confirmPassword: "Confirm your password", password: "Your password must be at least 15 characters long (it has 5)" });
  });
});
