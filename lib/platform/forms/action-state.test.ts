import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf, fromZodError, idleState, outcomeState, readForm } from "./action-state";
import { formatRecordDate } from "@/lib/platform/dates";
import { parseUsDate } from "./us-date";

describe("readForm", () => {
  it("reads the named fields as strings, missing and file fields as empty", () => {
    const formData = new FormData();
    formData.set("firstName", "  End ");
    formData.set("upload", new Blob(["x"]), "x.txt");
    expect(readForm(formData, ["firstName", "lastName", "upload"])).toEqual({ firstName: "  End ", lastName: "", upload: "" });
  });
});

describe("fromZodError", () => {
  const schema = z
    .object({
      username: z.string().min(3, "Enter a username of at least 3 characters").regex(/^[a-z]+$/, "Use only letters"),
      email: z.email("Enter an email address in the correct format, like name@example.com"),
      password: z.string().min(15, "Your password must be at least 15 characters long"),
      ssn: z.string().regex(/^\d{9}$/, "Enter 9 digits"),
    })
    .refine((v) => v.username !== "admin", "This form cannot be sent");

  it("keeps the first message per field and the typed values, never secret ones", () => {
    const values = { username: "1", email: "nope", password: "short", confirmPassword: "short", ssn: "123" };
    const result = schema.safeParse(values);
    expect(result.success).toBe(false);
    expect(fromZodError(result.error!, values)).toEqual({
      status: "error",
      fieldErrors: {
        username: "Enter a username of at least 3 characters",
        email: "Enter an email address in the correct format, like name@example.com",
        password: "Your password must be at least 15 characters long",
        ssn: "Enter 9 digits",
      },
      formError: undefined,
      values: { username: "1", email: "nope" },
    });
  });

  it("turns issues without a field into the form error and honours a custom omit list", () => {
    const values = { username: "admin", email: "a@b.org", password: "x".repeat(15), ssn: "123456789" };
    const state = fromZodError(schema.safeParse(values).error!, values, { omit: ["password", "ssn", "email"] });
    expect(state.formError).toBe("This form cannot be sent");
    expect(state.values).toEqual({ username: "admin" });
  });
});

describe("parseUsDate", () => {
  it("accepts m/d/yyyy and mm/dd/yyyy real dates", () => {
    expect(parseUsDate("3/1/1947")).toBe("1947-03-01");
    expect(parseUsDate("03/01/1947")).toBe("1947-03-01");
    expect(parseUsDate(" 12/31/1999 ")).toBe("1999-12-31");
    expect(parseUsDate("2/29/2024")).toBe("2024-02-29");
  });

  it("refuses other formats, two-digit years and dates that do not exist", () => {
    for (const input of ["", "03-01-1947", "1947-03-01", "3/1/47", "03/01/19470", "13/01/1947", "0/10/1947", "2/29/2023", "4/31/2020", "02/30/2000", "1/1/0000", "a/b/cdef", "03/01/1947x"]) {
      expect(parseUsDate(input), input).toBeNull();
    }
  });

  it("formats a stored date back for the text field", () => {
    expect(formatRecordDate("1947-03-01")).toBe("03/01/1947");
  });
});

describe("the one action contract's helpers", () => {
  it("fieldErrorsOf keeps one message per field and files field-less issues under the empty name", () => {
    const schema = z.object({ email: z.string().min(1, "Enter your email address").pipe(z.email("Use name@example.com")) }).refine(() => false, "Whole form");
    expect(fieldErrorsOf(schema.safeParse({ email: "" }).error!)).toEqual({ email: "Enter your email address", "": "Whole form" });
    expect(fieldErrorsOf(schema.safeParse({ email: "a@b.org" }).error!)).toEqual({ "": "Whole form" });
  });

  it("idleState is a fresh object each time and outcomeState carries only the outcome", () => {
    expect(idleState()).toEqual({ status: "idle", fieldErrors: {}, values: {} });
    expect(idleState()).not.toBe(idleState());
    expect(outcomeState({ kind: "invalid-link" }, "error")).toEqual({ status: "error", fieldErrors: {}, values: {}, outcome: { kind: "invalid-link" } });
  });
});
