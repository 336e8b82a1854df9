import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.1 AA, the portal's bar: zero violations on every page, error states included. */
export async function expectNoAxeViolations(page: Page) {
  // Every page has a title (WCAG 2.4.2). Next streams it after the body, and after a server action or
  // a client navigation it replaces the old one a moment after the new content shows: wait for it, so
  // axe judges the settled page rather than the instant between the two titles.
  await expect(page, "the page has a title").toHaveTitle(/\S/);
  // Legacy mode runs axe in the page itself; the default opens and closes a blank page per check to
  // merge frame results, which doubles the cost and buys nothing here (the portal has no iframes).
  const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary, "axe violations").toEqual([]);
  // One agency header and one footer: nested layouts must not frame a page twice (axe reports
  // duplicate landmarks only as best practice, outside the WCAG tags above).
  expect(await page.getByRole("banner").count(), "page headers").toBeLessThanOrEqual(1);
  expect(await page.getByRole("contentinfo").count(), "page footers").toBeLessThanOrEqual(1);
}

/** 320 CSS pixels wide (WCAG 1.4.10 reflow): nothing may need sideways scrolling. */
export async function expectNoHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
}

/** axe at the page's own (desktop) width and at 320 px, with no horizontal scroll there; the width is put back. */
export async function expectNoAxeViolationsAtBothWidths(page: Page) {
  await expectNoAxeViolations(page);
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 800 });
  await expectNoAxeViolations(page);
  await expectNoHorizontalScroll(page);
  await page.setViewportSize(desktop);
}
