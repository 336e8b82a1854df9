import { expect, test } from "./fixtures";
import { expectNoAxeViolationsAtBothWidths, expectNoHorizontalScroll } from "./support/axe";
import { shoot, shootAtBothWidths } from "./support/screenshots";
import { expectNoSsn } from "./support/ssn-forms";

test.describe("page shell", () => {
  test("home page: agency header, support contacts, no accessibility violations (TEST-4)", async ({ page, axe }) => {
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
    // The text, not the HTML: the router's own state in the HTML repeats the address the browser asked for.
    expectNoSsn(await page.locator("body").innerText(), "987654321");
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

  test("NX-7, CAP-7: style elements need the nonce too (no 'unsafe-inline' in style-src); the captcha widget's styles still apply", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && message.text().includes("Content Security Policy")) violations.push(message.text());
    });
    const response = await page.goto("/register");
    const csp = response!.headers()["content-security-policy"] ?? "";
    expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]+'(;|$)/);
    expect(csp).not.toMatch(/style-src [^;]*'unsafe-inline'/);
    await expect(page.locator("altcha-widget")).toBeVisible();
    // Its CSS comes as a stylesheet (no injected <style>), and it is applied: the checkbox row is laid out as a flex box.
    await expect(page.locator("style#altcha-css")).toHaveCount(0);
    expect(await page.locator("altcha-widget .altcha-checkbox-wrap").first().evaluate((element) => getComputedStyle(element).display)).toBe("flex");
    // Its colours too (the build rewrites light-dark() into variables that need globals.css's color-scheme): the box has its border.
    expect(await page.locator("altcha-widget .altcha-main").first().evaluate((element) => getComputedStyle(element).borderTopStyle)).toBe("solid");
    await page.waitForLoadState("networkidle");
    expect(violations, "the page's own styles and the widget's run under the policy").toEqual([]);
    // An injected <style> without the nonce is refused by the browser.
    const applied = await page.evaluate(() => {
      const style = document.createElement("style");
      style.textContent = "body { outline: 7px solid rgb(1, 2, 3) }";
      document.head.appendChild(style);
      return getComputedStyle(document.body).outlineWidth;
    });
    expect(applied).not.toBe("7px");
  });
});

test.describe("what users notice (issue 12 item 7)", () => {
  test("privacy, accessibility and help pages: in the footer, titled, no axe violations at either width", async ({ page }) => {
    const pages = [
      { link: "Privacy", heading: "Privacy and your Social Security number", text: "42 U.S.C. § 666(a)(13)" },
      { link: "Accessibility", heading: "Accessibility statement", text: "WCAG" },
      { link: "Help and glossary", heading: "Help and glossary", text: "Rank III" },
    ];
    for (const { link, heading, text } of pages) {
      await page.goto("/");
      await page.getByRole("navigation", { name: "About this site" }).getByRole("link", { name: link }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page).toHaveTitle(new RegExp(`^${heading} \\|`));
      await expect(page.getByRole("main")).toContainText(text);
      await expectNoAxeViolationsAtBothWidths(page);
      await shootAtBothWidths(page, `page-${link.split(" ")[0]!.toLowerCase()}`);
    }
    // A barrier is reported through the support form.
    await page.goto("/accessibility");
    await page.getByRole("link", { name: "Report an accessibility problem with the online support form" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Online Support");
  });

  test("a slow page says it is loading, and the public search button says it is searching (issue 12 item 7)", async ({ page }) => {
    // Hold the server's answer until the test has seen the pending state, then let it through.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/help(\?|$)/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/");
    await page.getByRole("navigation", { name: "About this site" }).getByRole("link", { name: "Help and glossary" }).click();
    await expect(page.locator("[data-navigation-status]")).toHaveText("Loading…");
    await expect(page.locator(".navigation-pending")).toBeVisible();
    await shoot(page, "navigation-pending");
    release();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Help and glossary");
    await expect(page.locator(".navigation-pending")).toHaveCount(0);
    await expect(page.locator("[data-navigation-status]")).toHaveText("");

    // The search is a plain GET form: the browser sends it, and the button says so meanwhile. Playwright
    // cannot read the old page once the browser's own form navigation is under way, so the test holds
    // the form back at its submit event (after the button's click handler has run), then sends it.
    await page.goto("/search");
    await page.getByLabel("Last Name").fill("Mitchell");
    await page.locator("form[role=search]").evaluate((form) =>
      form.addEventListener("submit", (event) => event.preventDefault(), { once: true }),
    );
    await page.getByRole("button", { name: "Search" }).click();
    const searching = page.getByRole("button", { name: "Searching…" });
    await expect(searching).toHaveAttribute("aria-disabled", "true");
    await expect(page.getByRole("status").filter({ hasText: "Searching…" })).toBeAttached();
    await shoot(page, "search-pending");
    // aria-disabled makes Playwright refuse a click, so the form is sent as the browser would have.
    await page.locator("form[role=search]").evaluate((form: HTMLFormElement) => form.requestSubmit());
    await expect(page.locator("#results-heading")).toBeVisible();
    // Back to the form (the page cache): the button is ready again.
    await page.goBack();
    await expect(page.getByRole("button", { name: "Search", exact: true })).toBeVisible();
  });

  test("the SSN notice says why the number is asked for, beside the field, and links to the privacy page", async ({ page }) => {
    await page.goto("/register");
    const notice = page.getByText("Why we ask for your Social Security number");
    await notice.click();
    const details = page.locator("details", { has: notice });
    await expect(details).toContainText("Federal law (42 U.S.C. § 666(a)(13)) requires");
    await expect(details).toContainText("only to match you to your educator record");
    await expect(details).toContainText("encrypted");
    await expect(details.getByRole("link", { name: "Read the full privacy notice" })).toHaveAttribute("href", "/privacy");
    await expectNoAxeViolationsAtBothWidths(page);
    await shootAtBothWidths(page, "register-ssn-notice");
  });

  test("robots.txt lets search engines see the public search and nothing private; the icons are served", async ({ page, request }) => {
    const robots = await (await request.get("/robots.txt")).text();
    expect(robots).toContain("Allow: /search");
    for (const path of ["/dashboard", "/profile", "/api/", "/dev/", "/register/"]) expect(robots).toContain(`Disallow: ${path}`);
    await page.goto("/");
    for (const rel of ["icon", "apple-touch-icon"]) {
      const href = await page.locator(`link[rel="${rel}"]`).first().getAttribute("href");
      const response = await request.get(href!);
      expect(response.status(), rel).toBe(200);
      expect(response.headers()["content-type"], rel).toMatch(rel === "icon" ? /image\/svg\+xml/ : /image\/png/);
    }
  });

  test("every response names its request id, for the access log and support (issue 12 item 6)", async ({ request }) => {
    const first = await request.get("/search?last=Mitchell", { headers: { "x-request-id": "chosen-by-the-client" } });
    const second = await request.get("/");
    const ids = [first.headers()["x-request-id"], second.headers()["x-request-id"]];
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[0]).not.toBe(ids[1]);
  });

  test("an educator's page is titled with the name, and prints without the site's header and footer", async ({ page, educator }) => {
    await educator.open("Mitchell", "Sarah");
    await expect(page).toHaveTitle(/^Sarah Mitchell: educator record \|/);
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("banner")).toBeHidden();
    await expect(page.getByRole("contentinfo")).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await shoot(page, "educator-print");
  });
});

test("GET /api/health answers 200 after a database round trip", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
});
