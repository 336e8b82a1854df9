import "server-only";
import { retentionPurgeTask } from "@/lib/platform/retention/purge";
import { purgeExpiredRateLimits } from "@/lib/platform/security/rate-limit";
import { log } from "@/lib/platform/observability/log";
import { deliverDueEmails } from "./deliverer";

/**
 * The background loop every server process runs (started from instrumentation.ts): it delivers
 * due outbox rows every POLL_MS and runs scheduled tasks when they are due. Everything it touches
 * lives in PostgreSQL, so N instances each running it cooperate (DESIGN: scale-out).
 *
 * Scheduled tasks run in every instance, each on its own timer, so a task must be idempotent and
 * safe to run concurrently (a DELETE of expired rows is; a "credential expiring" notice must record
 * what it sent in the database, e.g. behind a unique key, and skip what is already recorded).
 */
export const POLL_MS = 2_000;

type ScheduledTask = { name: string; everyMs: number; run: () => Promise<void>; nextRunAt: number; running: boolean };

type QueueWorker = { name: string; run: () => Promise<unknown> };

type LoopState = {
  started: boolean;
  timer?: NodeJS.Timeout;
  tasks: Map<string, ScheduledTask>;
  workers?: Map<string, QueueWorker>;
  stopped: boolean;
  inFlight?: Promise<void>;
};

// On globalThis so dev-mode hot reloads, which re-evaluate this module, reuse the one loop.
const holder = globalThis as typeof globalThis & { __portalDeliveryLoop?: LoopState };
const state: LoopState = (holder.__portalDeliveryLoop ??= { started: false, tasks: new Map(), stopped: false });

/**
 * Adds (or replaces, by name) work the loop runs about every `everyMs`; the first run is one
 * interval after registration. A failing task is logged and tried again at its next interval.
 */
export function registerScheduledTask(name: string, everyMs: number, fn: () => Promise<void>): void {
  state.tasks.set(name, { name, everyMs, run: fn, nextRunAt: Date.now() + everyMs, running: false });
}

/**
 * Adds (or replaces, by name) a queue the loop works on every tick, before sending mail, so what it
 * queues leaves in the same tick (the recovery requests: lib/recovery/recovery-queue.ts).
 */
export function registerQueueWorker(name: string, fn: () => Promise<unknown>): void {
  (state.workers ??= new Map()).set(name, { name, run: fn });
}

/**
 * The tasks the portal itself schedules; features add theirs with registerScheduledTask. The
 * retention purge deletes used captcha challenges, expired claims, one-time tokens and pending
 * Microsoft links (and old mail and audit rows) by the policy in lib/platform/retention/purge.ts.
 */
function registerBuiltInTasks(): void {
  registerScheduledTask("purge-expired-rate-limits", 15 * 60_000, () => purgeExpiredRateLimits());
  registerScheduledTask(retentionPurgeTask.name, retentionPurgeTask.everyMs, retentionPurgeTask.run);
}

/** The scheduled tasks as registered: name, interval and the work itself (for tests; read only). */
export function scheduledTasks(): { name: string; everyMs: number; run: () => Promise<void> }[] {
  return [...state.tasks.values()].map(({ name, everyMs, run }) => ({ name, everyMs, run }));
}

async function runTask(task: ScheduledTask): Promise<void> {
  task.running = true;
  try {
    await task.run();
  } catch (error) {
    log.error("scheduled-task.failed", { phase: task.name, error });
  } finally {
    task.running = false;
    // Wall-clock scheduling on purpose: a test pinning lib/platform/clock must not stop the loop.
    task.nextRunAt = Date.now() + task.everyMs;
  }
}

async function tick(): Promise<void> {
  for (const worker of state.workers?.values() ?? []) {
    try {
      await worker.run();
    } catch (error) {
      log.error("queue-worker.failed", { phase: worker.name, error });
    }
  }
  try {
    await deliverDueEmails();
  } catch (error) {
    log.error("email.delivery-loop-failed", { error });
  }
  const due = [...state.tasks.values()].filter((task) => !task.running && task.nextRunAt <= Date.now());
  await Promise.all(due.map(runTask));
}

function schedule(): void {
  if (state.stopped) return;
  // setTimeout after each tick (not setInterval), so a slow tick never overlaps the next one.
  state.timer = setTimeout(() => {
    state.inFlight = tick().finally(() => {
      state.inFlight = undefined;
      schedule();
    });
  }, POLL_MS);
  state.timer.unref();
}

/** Starts the loop once per process; later calls (hot reloads, a second import) do nothing. */
export function startDeliveryLoop(): void {
  if (state.started) return;
  state.started = true;
  state.stopped = false;
  registerBuiltInTasks();
  schedule();
  log.info("email.delivery-loop-started", { phase: "start" });
}

/**
 * Stops the loop (tests, graceful shutdown). The promise settles when a tick already running has
 * finished, so a shutdown closes the database only after the last send was recorded.
 */
export async function stopDeliveryLoop(): Promise<void> {
  state.stopped = true;
  state.started = false;
  if (state.timer) clearTimeout(state.timer);
  await state.inFlight;
}
