import { gzipSync } from "node:zlib";
import type { Browser } from "playwright-core";

export type ScriptFile = { url: string; raw: number; gzip: number };
export type PageScripts = { url: string; files: ScriptFile[]; raw: number; gzip: number; afterLoad: ScriptFile[] };

const total = (files: ScriptFile[], key: "raw" | "gzip") => files.reduce((sum, file) => sum + file[key], 0);

/**
 * The JavaScript files a fresh browser downloads for one page: every script response requested up to
 * the load event. Sizes are the decoded bytes and our own gzip -9 of them, so both pages are compared
 * the same way whatever the server's compression. Scripts requested after the load event (link
 * prefetches of other routes) are listed apart: they are not this page's cost.
 */
export async function measurePageScripts(browser: Browser, url: string): Promise<PageScripts> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let loaded = false;
  const early = new Set<string>();
  const pending: Promise<ScriptFile | undefined>[] = [];
  const late: Promise<ScriptFile | undefined>[] = [];
  page.on("load", () => (loaded = true));
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    const body = response.body().then(
      (bytes) => ({ url: response.url(), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }),
      () => undefined,
    );
    (early.has(response.url()) ? pending : late).push(body);
  });
  page.on("request", (request) => {
    if (!loaded && request.resourceType() === "script") early.add(request.url());
  });
  const answer = await page.goto(url, { waitUntil: "load", timeout: 120_000 });
  // A missing page's 404 is a page too (the not-found boundary); a server error is not.
  if (!answer || answer.status() >= 500) throw new Error(`${url} answered ${answer?.status()}`);
  // Let idle-time work (hydration, prefetching) happen, so late scripts are seen and listed.
  await page.waitForTimeout(2000);
  const files = (await Promise.all(pending)).filter((file): file is ScriptFile => Boolean(file));
  const afterLoad = (await Promise.all(late)).filter((file): file is ScriptFile => Boolean(file));
  await context.close();
  return { url, files, raw: total(files, "raw"), gzip: total(files, "gzip"), afterLoad };
}
