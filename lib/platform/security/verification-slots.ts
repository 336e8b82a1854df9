import "server-only";
import { availableParallelism } from "node:os";

/**
 * A cap on concurrent argon2 verifications (issue 11 item 4). Each one holds 19 MiB and a core for a
 * while (PWD-5); without a cap a burst of sign-ins queues up in libuv's pool and memory. Excess work
 * is refused at once ("try again in a moment"), never queued. Per process, like the memory it guards.
 */
export const MAX_CONCURRENT_VERIFICATIONS = Math.max(4, availableParallelism() * 2);

let inFlight = 0;

/** A slot, or null when every slot is taken. Release it exactly once (`release` ignores repeats). */
export function tryAcquireVerificationSlot(): { release: () => void } | null {
  if (inFlight >= MAX_CONCURRENT_VERIFICATIONS) return null;
  inFlight += 1;
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      inFlight -= 1;
    },
  };
}

/** Runs `verify` in a slot; "busy" when none is free. */
export async function withVerificationSlot<T>(verify: () => Promise<T>): Promise<T | "busy"> {
  const slot = tryAcquireVerificationSlot();
  if (!slot) return "busy";
  try {
    return await verify();
  } finally {
    slot.release();
  }
}
