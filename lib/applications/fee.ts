import "server-only";
import { startPayment, whenPaymentPaid } from "@/lib/payments";
import type { ApplicationRow, ApplicationTypeRow } from "@/lib/platform/db/schema";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { registerApplicationDocumentAccess } from "./document-access";
import { formatFee } from "./status";
import { APPLICATION_FEE, submitPaidApplication } from "./submit";

/** Started by instrumentation.ts: a paid application fee submits its application (once, in the payment's transaction); the documents rule. */
export function registerApplicationFeeHandler(): void {
  whenPaymentPaid(APPLICATION_FEE, submitPaidApplication);
  // Which applications take documents and payments at all (lib/documents fails closed without it).
  registerApplicationDocumentAccess();
}

/**
 * Sends the educator to the provider's checkout for their signed draft. The way back lands on the
 * application's payment page, which shows the submitted application or, after a decline or a cancel,
 * the fee step again with the draft untouched.
 */
export async function startApplicationFee(userId: string, draft: ApplicationRow, type: ApplicationTypeRow, request: RequestFacts): Promise<string> {
  return startPayment(
    {
      userId,
      applicationId: draft.id,
      amountCents: type.feeCents,
      description: `${type.name} application ${draft.reference}: fee ${formatFee(type.feeCents)}`,
      returnTo: `/applications/${draft.reference}/payment`,
      purpose: APPLICATION_FEE,
    },
    request,
  );
}
