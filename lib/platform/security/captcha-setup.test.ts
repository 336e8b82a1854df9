import { readFileSync } from "node:fs";
import path from "node:path";
import { deriveHmacKeySecret } from "altcha-lib/frameworks/shared";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { GET as challengeRoute } from "@/app/api/altcha/route";
import { Captcha } from "@/components/ui/captcha";
import { getConfig } from "@/lib/platform/config/env";
import { problemsOf, productionBase } from "@/lib/tooling/testing/config-fixtures";

const root = path.resolve(import.meta.dirname, "../../..");
const installedVersion = (name: string) => (JSON.parse(readFileSync(path.join(root, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;

describe("the captcha's set-up (CAP-1, CAP-5, CAP-8)", () => {
  it("CAP-1: widget altcha 3.x with server altcha-lib 2.x, both pinned exactly (the v1 API pairs with widget 2 and is not mixed in)", () => {
    const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(manifest.dependencies.altcha).toMatch(/^3\.\d+\.\d+$/);
    expect(manifest.dependencies["altcha-lib"]).toMatch(/^2\.\d+\.\d+$/);
    expect(installedVersion("altcha")).toBe(manifest.dependencies.altcha);
    expect(installedVersion("altcha-lib")).toBe(manifest.dependencies["altcha-lib"]);
  });

  it("CAP-5: ALTCHA_HMAC_SECRET must be 32+ characters, and neither it nor the derived key secret reaches the browser", async () => {
    expect(problemsOf({ ...productionBase, RESEND_API_KEY: "re_test_key", ALTCHA_HMAC_SECRET: "too-short" }).join(" ")).toContain("ALTCHA_HMAC_SECRET");
    const master = getConfig().ALTCHA_HMAC_SECRET;
    const derived = await deriveHmacKeySecret(master);
    const response = await challengeRoute(new Request("http://localhost:3000/api/altcha?action=account-search"));
    expect(response.status).toBe(200);
    const body = await response.text();
    for (const secret of [master, derived]) {
      expect(body).not.toContain(secret);
      expect(body).not.toContain(Buffer.from(secret).toString("base64"));
    }
  });

  it("CAP-8: the widget is not in the server's HTML; it appears only after hydration (the noscript help is there instead)", () => {
    const html = renderToStaticMarkup(createElement(Captcha, { action: "account-search" }));
    expect(html).not.toContain("altcha-widget");
    expect(html).toContain("<noscript>");
  });
});
