import type { Page } from "@playwright/test";

/** A full-page screenshot into E2E_SCREENSHOTS_DIR (named by step and viewport width) when it is set. */
export async function shoot(page: Page, name: string) {
  const dir = process.env.E2E_SCREENSHOTS_DIR;
  if (!dir) return;
  await page.screenshot({ path: `${dir}/${name}-${page.viewportSize()?.width ?? 0}.png`, fullPage: true });
}
