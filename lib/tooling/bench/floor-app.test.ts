import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { maxNamedStatementParameters } from "@/lib/platform/db/named-statements";
import { cspModuleAsJavaScript } from "./floor-app";

/** The `export const config = {...}` literal of a proxy file, whitespace aside. */
function proxyConfigOf(file: string): string {
  const text = readFileSync(file, "utf8");
  const start = text.indexOf("export const config = ");
  expect(start, file).toBeGreaterThan(0);
  return text.slice(start).replace(/\s+/g, "");
}

describe("the bench's bare app", () => {
  it("runs its proxy on the same requests as the portal's (the same matcher)", () => {
    expect(proxyConfigOf("lib/tooling/bench/floor-app/proxy.js")).toBe(proxyConfigOf("proxy.ts"));
  });

  it("names its statements by the portal's rule (it is plain JavaScript and cannot import the constant)", () => {
    const statements = readFileSync("lib/tooling/bench/floor-app/lib/floor-statements.mjs", "utf8");
    expect(statements).toContain(`{ prepare: params.length <= ${maxNamedStatementParameters} }`);
  });

  it("gets the portal's CSP module as JavaScript, the same functions with the types stripped", () => {
    const copy = cspModuleAsJavaScript();
    expect(copy).toContain('import { NextResponse } from "next/server";');
    expect(copy).toContain("export function contentSecurityPolicy(nonce, development, https)");
    expect(copy).toContain("export function securedResponse(request)");
    expect(copy).not.toMatch(/: string|NextRequest/);
  });

  it("refuses to copy the module once it imports anything but next/server (it would not be the same code)", () => {
    const source = readFileSync("lib/platform/security/content-security-policy.ts", "utf8");
    expect(() => cspModuleAsJavaScript(`import { authProxy } from "@/lib/auth";\n${source}`)).toThrow(/must import only next\/server/);
  });
});
