import "server-only";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { secondFactorMessages, secondFactorThrottledMessage } from "@/lib/second-factor/messages";
import { verifySecondStep } from "@/lib/second-factor/second-step";
import { finishSecondStep, secondStepHolder } from "./second-step-ticket";

export type SecondStepResult =
  | { kind: "session"; created: { userId: string; sessionTicket: string } }
  | { kind: "refused"; fieldErrors: Record<string, string>; formError?: string };

/**
 * The sign-in's second step (MFA-7): the browser's ticket names the account, the code is checked
 * (lib/second-factor/second-step.ts), and only then is the ticket traded for a session ticket. The
 * caller starts the session with it (startFirstSession) outside any try/catch.
 */
export async function completeSecondStep(code: string): Promise<SecondStepResult> {
  const holder = await secondStepHolder();
  if (!holder) return { kind: "refused", fieldErrors: {}, formError: secondFactorMessages.expired };
  if (code.trim() === "") return { kind: "refused", fieldErrors: { code: secondFactorMessages.codeMissing } };
  const outcome = await verifySecondStep(holder.userId, code.slice(0, 64), await requestFacts());
  if (outcome.ok) {
    const created = await finishSecondStep(holder.userId);
    return created ? { kind: "session", created } : { kind: "refused", fieldErrors: {}, formError: secondFactorMessages.expired };
  }
  switch (outcome.reason) {
    case "throttled":
      return { kind: "refused", fieldErrors: {}, formError: secondFactorThrottledMessage(outcome.retryAfterSeconds) };
    case "locked":
      return { kind: "refused", fieldErrors: {}, formError: secondFactorMessages.locked };
    case "reused":
      return { kind: "refused", fieldErrors: { code: secondFactorMessages.codeReused } };
    default:
      return { kind: "refused", fieldErrors: { code: secondFactorMessages.codeWrong } };
  }
}
