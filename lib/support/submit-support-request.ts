import "server-only";
import { eq } from "drizzle-orm";
import { supportRequestNoticeMessage } from "@/components/emails/support-request-notice";
import { supportRequestReceiptMessage } from "@/components/emails/support-request-receipt";
import type { SignedInUser } from "@/lib/auth/guards";
import { getConfig } from "@/lib/platform/config/env";
import { db } from "@/lib/platform/db/client";
import { supportRequests, users } from "@/lib/platform/db/schema";
import { enqueueEmails } from "@/lib/platform/email/outbox";
import { errorState, fromZodError, type ActionState } from "@/lib/platform/forms/action-state";
import { log } from "@/lib/platform/observability/log";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { verifyCaptcha } from "@/lib/platform/security/captcha";
import { hitRateLimit } from "@/lib/platform/security/rate-limit";
import { minutesToWait } from "@/lib/platform/security/retry-after";
import { newSupportReference } from "./reference";
import { redactSsnShapes } from "./ssn-shape";
import { supportFormSchema, supportTopicLabel, type SupportFormInput } from "./support-form";
import { supportMessages } from "./messages";
import { staffSupportRequestUrl } from "./staff-link";

/** Visitors: a handful an hour per address. Signed-in people are known, so a looser daily budget. */
export const supportLimits = {
  visitorIp: { name: "support-ip", rule: { max: 5, windowSeconds: 60 * 60 } },
  account: { name: "support-account", rule: { max: 10, windowSeconds: 24 * 60 * 60 } },
} as const;

export type SupportSubmission = {
  values: Record<string, string>;
  /** The altcha field; ignored for a signed-in person (the session already proves a person). */
  captcha: string | null;
  /** From currentUser() in the action, never from the form: the account is attached by the server. */
  account: SignedInUser | null;
  request: RequestFacts;
};

/**
 * The online support form: validates (refusing SSN-shaped text), checks the captcha and per-IP limit
 * for visitors (the per-account limit for signed-in people), then stores the request, its audit event
 * and both emails (support team and receipt) in one transaction. On success the state's
 * values.reference is the reference number to show.
 */
export async function submitSupportRequest(submission: SupportSubmission): Promise<ActionState> {
  const parsed = supportFormSchema.safeParse(submission.values);
  // Typed values come back so nothing is retyped, but never an SSN-shaped part of them.
  const shown = Object.fromEntries(Object.entries(submission.values).map(([key, value]) => [key, redactSsnShapes(value)]));
  if (!parsed.success) return fromZodError(parsed.error, shown);
  const { account, request } = submission;

  if (!account && !(await verifyCaptcha(submission.captcha, "support-request"))) {
    return errorState({ altcha: supportMessages.captcha }, shown);
  }
  const limit = account ? supportLimits.account : supportLimits.visitorIp;
  const outcome = await hitRateLimit(limit.name, account ? account.id : request.ip, limit.rule);
  if (!outcome.allowed) {
    const minutes = minutesToWait(outcome.retryAfterSeconds);
    return errorState({}, shown, `You have sent several requests in a short time. Try again in ${minutes} minutes, or call us.`);
  }

  const reference = await store(parsed.data, account, request);
  log.info("support.request_submitted", { topic: parsed.data.topic, signedIn: Boolean(account) });
  return { status: "ok", fieldErrors: {}, values: { reference } };
}

async function store(input: SupportFormInput, account: SignedInUser | null, request: RequestFacts): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const reference = newSupportReference();
    try {
      await db.transaction(async (tx) => {
        const [owner] = account ? await tx.select({ username: users.username }).from(users).where(eq(users.id, account.id)) : [];
        const [stored] = await tx.insert(supportRequests).values({ reference, userId: owner ? account!.id : null, ...input }).returning({ id: supportRequests.id });
        await recordAudit(
          { event: "support.request_submitted", outcome: "success", userId: owner ? account!.id : null, request, details: { topic: input.topic } },
          tx,
        );
        const topic = supportTopicLabel(input.topic);
        await enqueueEmails(tx, [
          supportRequestNoticeMessage(getConfig().SUPPORT_EMAIL, {
            ...input,
            reference,
            topic,
            account: owner?.username ?? null,
            consoleUrl: staffSupportRequestUrl(stored!.id),
          }),
          supportRequestReceiptMessage(input.email, { reference, name: input.name, topic }),
        ]);
      });
      return reference;
    } catch (error) {
      // A reference collision (about one in a trillion) gets a fresh reference; anything else is real.
      if (attempt >= 3 || !String(error).includes("support_requests_reference_key")) throw error;
    }
  }
}
