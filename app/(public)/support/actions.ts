"use server";

import { currentUser } from "@/lib/auth/guards";
import { readForm, type ActionState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { submitSupportRequest } from "@/lib/support/submit-support-request";
import { supportFields } from "@/lib/support/support-form";

/** The online support form: public, so the account is whatever session the server sees (NX-2). */
export async function submitSupportRequestAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const captcha = formData.get("altcha");
  return submitSupportRequest({
    values: readForm(formData, supportFields),
    captcha: typeof captcha === "string" ? captcha : null,
    account: await currentUser(),
    request: await requestFacts(),
  });
}
