import { expect, test } from "./fixtures";
import { expectNoHorizontalScroll } from "./support/axe";

test.describe("page shell", () => {
  test("home page: agency header, support contacts, no accessibility violations", async ({ page, axe }) => {
    const response = await page.goto("/");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("banner")).toContainText("Kentucky Department of");
    await expect(page.getByRole("banner")).toContainText("EDUCATION");
    const footer = page.getByRole("contentinfo");
    await expect(footer.getByRole("link", { name: "Online Support Form" })).toBeVisible();
    await expect(footer).toContainText("(877) 314-1412");
    await expect(footer.getByRole("link", { name: "support@kecs.randasolutions.com" })).toBeVisible();
    await expect(footer.getByRole("link", { name: "KDElicensure@education.ky.gov" })).toBeVisible();
    await axe();
  });

  test("a demonstration deployment (DEMO_MODE=true, as e2e/serve.ts runs it) says so on every page (issue 11 item 7)", async ({ page, axe }) => {
    for (const path of ["/", "/search", "/support", "/no-such-page"]) {
      await page.goto(path);
      const banner = page.getByRole("region", { name: "Demonstration site" });
      await expect(banner, path).toBeVisible();
      await expect(banner).toContainText("Every person and account here is made up");
    }
    await axe();
  });

  test("skip link is the first stop for keyboard users and moves focus to the main content", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Skip to main content" });
    await expect(skip).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("#main-content")).toBeFocused();
  });

  test("reflows at 320 px without sideways scrolling", async ({ page, axe }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of ["/", "/support", "/no-such-page"]) {
      await page.goto(path);
      await expectNoHorizontalScroll(page);
      await axe();
    }
  });

  test("unknown pages get a friendly 404 that reveals nothing", async ({ page, axe }) => {
    const response = await page.goto("/definitely/not/here?ssn=987654321");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.locator("body")).not.toContainText("987654321");
    await axe();
  });

  test("support page lists the agency's contacts", async ({ page, axe }) => {
    await page.goto("/support");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Online Support");
    await expect(page.getByRole("main")).toContainText("Never send any part of your Social Security number by email.");
    await axe();
  });

  test("every page carries a nonce CSP and the security headers; scripts run under it", async ({ page }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    const response = await page.goto("/");
    const headers = response!.headers();
    const csp = headers["content-security-policy"] ?? "";
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(headers["strict-transport-security"]).toContain("max-age=31536000");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
    // Hydration happened: Next's scripts executed under the nonce, so no CSP violation was reported.
    await page.waitForLoadState("networkidle");
    expect(errors.filter((text) => text.includes("Content Security Policy"))).toEqual([]);
  });
});

test("GET /api/health answers 200 after a database round trip", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
