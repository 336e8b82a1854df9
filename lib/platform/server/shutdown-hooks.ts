import "server-only";

/**
 * What the production server (start.mjs, plain Node) runs on SIGTERM after the last in-flight request
 * has been answered: instrumentation.ts registers stopping the loops and closing the pool here. The
 * hooks live on globalThis under a registered symbol because start.mjs cannot import TypeScript; it
 * reads the same symbol (kept in step with SHUTDOWN_HOOKS in start.mjs).
 */
export const SHUTDOWN_HOOKS = Symbol.for("portal.shutdownHooks");

type Hook = { name: string; run: () => Promise<void> | void };
const holder = globalThis as typeof globalThis & { [SHUTDOWN_HOOKS]?: Hook[] };

/** Adds (or replaces, by name) work to do at shutdown; hooks run in the order they were added. */
export function onShutdown(name: string, run: Hook["run"]): void {
  const hooks = (holder[SHUTDOWN_HOOKS] ??= []);
  const existing = hooks.findIndex((hook) => hook.name === name);
  if (existing >= 0) hooks[existing] = { name, run };
  else hooks.push({ name, run });
}
