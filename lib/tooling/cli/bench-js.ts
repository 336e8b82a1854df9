// `npm run bench:js [-- --port P --build]`: the JavaScript a browser downloads for the home page,
// against the budget of 1.2× a bare App Router page's. Builds (once) the smallest App Router app
// there is with this repository's own Next (lib/tooling/bench/bare-app.ts), starts both production builds on
// 127.0.0.1, loads each page in headless Chromium and sums its script responses. The portal's own
// /not-found is printed too: the root layout and page frame every page shares.
import "./load-env";
import { chromium } from "playwright-core";
import { ensureBareApp } from "@/lib/tooling/bench/bare-app";
import { loadBenchSecrets } from "@/lib/tooling/bench/bench-secrets";
import { demoDeploymentEnv } from "@/lib/tooling/bench/demo-deployment";
import { option } from "@/lib/tooling/bench/cli-options";
import { measurePageScripts, type PageScripts } from "@/lib/tooling/bench/page-scripts";
import { markdownTable } from "@/lib/tooling/bench/report";
import { ensureBuild, startServer, type RunningServer } from "@/lib/tooling/bench/server";

const budget = 1.2;
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

async function measureOn(server: () => Promise<RunningServer>, paths: string[]): Promise<PageScripts[]> {
  const running = await server();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const results: PageScripts[] = [];
    for (const path of paths) results.push(await measurePageScripts(browser, `${running.url}${path}`));
    return results;
  } finally {
    await browser.close();
    await running.stop();
  }
}

async function main() {
  const port = option("port", 3192);
  const log = (line: string) => console.log(line);
  await ensureBuild(process.argv.includes("--build"), log);
  const bareDir = await ensureBareApp(log);

  // The home page renders without touching the database when nobody is signed in; an empty in-memory one is enough.
  const env = { ...loadBenchSecrets(), PGLITE_DIR: "memory", APP_URL: `http://127.0.0.1:${port}`, ...demoDeploymentEnv };
  const [home, notFound] = await measureOn(() => startServer(port, env), ["/", "/no-such-page-bench-js"]);
  // Turbopack builds the repository's instrumentation.ts into the bare app too (server code only; it
  // adds nothing a browser downloads), so that server needs the same settings to start.
  const [bare] = await measureOn(() => startServer(port, env, { dir: bareDir, readyPath: "/" }), ["/"]);

  const ratio = home!.gzip / bare!.gzip;
  const row = (name: string, scripts: PageScripts) => [
    name,
    String(scripts.files.length),
    kb(scripts.raw),
    kb(scripts.gzip),
    (scripts.gzip / bare!.gzip).toFixed(2),
    scripts.afterLoad.length ? `${scripts.afterLoad.length} (${kb(scripts.afterLoad.reduce((sum, file) => sum + file.gzip, 0))} KB gzip)` : "0",
  ];
  log("");
  log("JavaScript downloaded up to the load event (decoded bytes, and gzip -9 of them):");
  log(
    markdownTable(
      ["page", "scripts", "raw KB", "gzip KB", "× bare", "after load (prefetch)"],
      [row("bare App Router page (baseline)", bare!), row("portal /not-found (layout + frame)", notFound!), row("portal home page /", home!)],
    ),
  );
  log("\nHome page scripts, largest first (chunk names are content hashes; `next build` lists what is in each):");
  for (const file of [...home!.files].sort((a, b) => b.gzip - a.gzip)) {
    log(`  ${new URL(file.url).pathname}: ${kb(file.raw)} KB raw, ${kb(file.gzip)} KB gzip`);
  }
  log(`\nHome page / bare page (gzip): ${ratio.toFixed(2)} (budget ${budget}) — ${ratio <= budget ? "within budget" : "OVER BUDGET"}`);
  process.exitCode = ratio <= budget ? 0 : 1;
}

main().catch((error: unknown) => {
  console.error("bench:js failed:", error instanceof Error ? error.message : String(error));
  process.exit(1);
});
