import "server-only";
import type { AuthenticationResponseJSON, PublicKeyCredentialRequestOptionsJSON } from "@simplewebauthn/server";
import { ensureBrowserId } from "@/lib/platform/request/browser-id";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { rememberThisBrowser } from "@/lib/second-factor/device-trust";
import { secondFactorMessages, secondFactorThrottledMessage } from "@/lib/second-factor/messages";
import { rememberMethod } from "@/lib/second-factor/method-choice";
import { authenticationOptionsFor } from "@/lib/second-factor/passkeys";
import { verifyPasskeyStep, verifySecondStep, type SecondStepOutcome } from "@/lib/second-factor/second-step";
import { finishSecondStep, secondStepHolder } from "./second-step-ticket";

export type SecondStepResult =
  | { kind: "session"; created: { userId: string; sessionTicket: string } }
  | { kind: "refused"; fieldErrors: Record<string, string>; formError?: string };

/** "Remember this browser for 30 days" ticked (MFA-11). */
export type StepChoices = { remember: boolean };

/**
 * The sign-in's second step (MFA-7): the browser's ticket names the account, the code is checked
 * (lib/second-factor/second-step.ts), and only then is the ticket traded for a session ticket. The
 * caller starts the session with it (startFirstSession) outside any try/catch.
 */
export async function completeSecondStep(code: string, choices: StepChoices = { remember: false }): Promise<SecondStepResult> {
  const holder = await secondStepHolder();
  if (!holder) return { kind: "refused", fieldErrors: {}, formError: secondFactorMessages.expired };
  if (code.trim() === "") return { kind: "refused", fieldErrors: { code: secondFactorMessages.codeMissing } };
  return settle(holder.userId, await verifySecondStep(holder.userId, code.slice(0, 64), await requestFacts()), choices);
}

/** The options for this browser's passkey dialog at the second step, or null without a live ticket or a passkey. */
export async function secondStepPasskeyOptions(): Promise<PublicKeyCredentialRequestOptionsJSON | null> {
  const holder = await secondStepHolder();
  return holder ? authenticationOptionsFor(holder.userId, await ensureBrowserId()) : null;
}

/** The second step with a passkey (MFA-10): the browser's answer, as JSON, against this browser's challenge. */
export async function completeSecondStepWithPasskey(answer: string, choices: StepChoices = { remember: false }): Promise<SecondStepResult> {
  const holder = await secondStepHolder();
  if (!holder) return { kind: "refused", fieldErrors: {}, formError: secondFactorMessages.expired };
  let response: AuthenticationResponseJSON;
  try {
    response = JSON.parse(answer) as AuthenticationResponseJSON;
  } catch {
    return { kind: "refused", fieldErrors: {}, formError: secondFactorMessages.passkeyRefused };
  }
  const outcome = await verifyPasskeyStep(holder.userId, response, await ensureBrowserId(), await requestFacts());
  if (!outcome.ok && outcome.reason === "wrong") return { kind: "refused", fieldErrors: {}, formError: secondFactorMessages.passkeyRefused };
  return settle(holder.userId, outcome, choices);
}

async function settle(userId: string, outcome: SecondStepOutcome, choices: StepChoices): Promise<SecondStepResult> {
  if (outcome.ok) {
    const created = await finishSecondStep(userId);
    if (!created) return { kind: "refused", fieldErrors: {}, formError: secondFactorMessages.expired };
    await rememberMethod(outcome.method === "passkey" ? "passkey" : "code");
    if (choices.remember) await rememberThisBrowser(userId);
    return { kind: "session", created };
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
