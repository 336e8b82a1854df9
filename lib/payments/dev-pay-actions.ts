"use server";

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/platform/forms/action-state";
import { errorState } from "@/lib/platform/forms/action-state";
import { decideTestCheckout, type Decision } from "./dev-pay";

/**
 * The buttons of the test provider's checkout page (/dev/pay). Public like a real provider's page:
 * the unguessable checkout id is the capability, and the page exists only outside production or
 * with DEMO_MODE (PAY-6). Deciding does not mark anything paid by itself: the portal learns the
 * outcome only through the signed notice and return.
 */
async function decide(formData: FormData, decision: Decision): Promise<ActionState> {
  const checkoutId = formData.get("checkoutId");
  const back = await decideTestCheckout(checkoutId, decision);
  if (!back) return errorState({}, {}, "This checkout is closed or does not exist.");
  redirect(back);
}

export async function approveTestPaymentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return decide(formData, "approve");
}

export async function declineTestPaymentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return decide(formData, "decline");
}

export async function cancelTestPaymentAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  return decide(formData, "cancel");
}
