import type { Page } from "@playwright/test";

/** A full-page screenshot into E2E_SCREENSHOTS_DIR (named by step and viewport width) when it is set. */
export async function shoot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS_DIR;
  if (!dir) return;
  await page.screenshot({ path: `${dir}/${name}-${page.viewportSize()?.width ?? 0}.png`, fullPage: true });
}

/** The same, at the page's own width and at 320 px (the width is put back). */
export async function shootAtBothWidths(page: Page, name: string) {
  if (!process.env.E2E_SCREENSHOTS_DIR) return;
  await shoot(page, name);
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 320, height: 800 });
  await shoot(page, name);
  await page.setViewportSize(desktop);
}
