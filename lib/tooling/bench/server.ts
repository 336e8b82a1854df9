import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export type RunningServer = { url: string; pid: number; stop(): Promise<void> };

/** `next build` of the app in `dir` (default this one) when it has no production build yet (or when asked). */
export async function ensureBuild(force: boolean, log: (line: string) => void, dir = "."): Promise<void> {
  if (!force && existsSync(path.join(dir, ".next/BUILD_ID"))) return;
  log(`Building the production bundle (next build ${dir})...`);
  await run(spawn("npx", ["next", "build", dir], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } }));
}

function run(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) =>
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${child.spawnargs.join(" ")} exited with ${code}`)))),
  );
}

/**
 * `next start` (of the app in `dir`) bound to 127.0.0.1 only, in its own process group so stopping it
 * stops every process it started. Resolves once `readyPath` (this app's /api/health) answers 200.
 */
export async function startServer(
  port: number,
  env: Record<string, string>,
  { dir = ".", readyPath = "/api/health" }: { dir?: string; readyPath?: string } = {},
): Promise<RunningServer> {
  const url = `http://127.0.0.1:${port}`;
  // Another server on the port (another bench, say) would pass the readiness check below and be measured instead.
  if (await fetch(url).then(() => true, () => false)) throw new Error(`something already answers on ${url}: choose another port`);
  // Node runs Next directly (no npx in between), so the sampled process tree is the server alone.
  const next = path.resolve("node_modules/next/dist/bin/next");
  const child = spawn(process.execPath, [next, "start", dir, "-H", "127.0.0.1", "-p", String(port)], {
    env: { ...process.env, ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const exited = new Promise<never>((_, reject) => child.on("exit", (code) => reject(new Error(`next start exited with ${code}`))));
  exited.catch(() => {});
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([new Promise((resolve) => child.once("exit", resolve)), new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };
  const deadline = Date.now() + 120_000;
  for (;;) {
    const healthy = await fetch(`${url}${readyPath}`).then((response) => response.ok, () => false);
    if (healthy) return { url, pid: child.pid!, stop };
    if (Date.now() > deadline) {
      await stop();
      throw new Error("the server did not become healthy within 120 s");
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 500))]);
  }
}
