import "server-only";
import { and, eq } from "drizzle-orm";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { now, today } from "@/lib/platform/clock";
import { db } from "@/lib/platform/db/client";
import { applicationEvents, applications, passwordHashes } from "@/lib/platform/db/schema";
import { errorState, idleState, type ActionState } from "@/lib/platform/forms/action-state";
import type { RequestFacts } from "@/lib/platform/request/request-facts";
import { burnPasswordCheck, verifyPassword } from "@/lib/platform/security/password-hash";
import { hitRateLimit } from "@/lib/platform/security/rate-limit";
import { minutesText } from "@/lib/platform/security/retry-after";
import { listDocumentsFor } from "@/lib/documents";
import { checkEligibility } from "./eligibility";
import { missingDocuments, requirementKey } from "./required-documents";
import { resumeStep, typeSteps, withAnswer, mayOpen, type Answers } from "./progress";
import { applicationTypeByCode, draftFor, heldCredentialsFor, legalNameFor, storedScoresFor } from "./queries";
import { newApplicationReference } from "./reference";
import { readStepAnswers } from "./step-answers";
import { isStepKey, type StepKey } from "./steps";

export type SaveOutcome = { state: ActionState; redirectTo?: string };

/** Five wrong passwords at the signature a quarter hour, like the profile's password check. */
export const SIGNATURE_PASSWORD_LIMIT = { name: "application-signature", rule: { max: 5, windowSeconds: 15 * 60 } } as const;

const sameName = (typed: string, legal: string) => typed.trim().replace(/\s+/g, " ").toLowerCase() === legal.trim().replace(/\s+/g, " ").toLowerCase();

/** The signature step: the declaration ticked, the legal name typed as on the record, the password again. */
async function readSignature(userId: string, values: Record<string, string>, fullName: string, request: RequestFacts) {
  const errors: Record<string, string> = {};
  if (values.attest !== "yes") errors.attest = "Tick the box to confirm the declaration";
  if (!values.signatureName?.trim()) errors.signatureName = "Type your full name to sign";
  else if (!sameName(values.signatureName, fullName)) errors.signatureName = `Type your full legal name exactly as on your record: ${fullName}`;
  if (!values.password) errors.password = "Enter your password";
  else {
    const limit = await hitRateLimit(SIGNATURE_PASSWORD_LIMIT.name, userId, SIGNATURE_PASSWORD_LIMIT.rule);
    const [row] = await db.select({ hash: passwordHashes.hash }).from(passwordHashes).where(eq(passwordHashes.userId, userId));
    if (!limit.allowed) errors.password = `Too many wrong passwords. Wait ${minutesText(limit.retryAfterSeconds)}, then try again.`;
    else if (!(row ? await verifyPassword(row.hash, values.password) : await burnPasswordCheck(values.password))) {
      errors.password = row ? "The password is not correct" : "Your account has no password: set one on your profile, then sign here";
      await recordAudit({ event: "application.signature", outcome: "failure", userId, request, details: { reason: "password" } });
    }
  }
  return Object.keys(errors).length > 0 ? { ok: false as const, fieldErrors: errors } : { ok: true as const, answers: { signatureName: values.signatureName!.trim(), signedOn: today() } };
}

/** The documents step continues once each required document has a file (the upload form stores them). */
async function readDocumentsStep(userId: string, draftKey: string | undefined, required: string[]) {
  const uploaded = draftKey ? await listDocumentsFor(userId, draftKey) : [];
  const missing = missingDocuments(required, uploaded.map((document) => document.requirement));
  if (missing.length > 0) return { ok: false as const, fieldErrors: Object.fromEntries(missing.map((name) => [`file-${requirementKey(name)}`, `Upload ${name.charAt(0).toLowerCase()}${name.slice(1)}`])) };
  return { ok: true as const, answers: { files: String(uploaded.length) } };
}

/**
 * Saves one step of the signed-in educator's draft (`userId` from requireUser()): eligibility is
 * checked again on the server, the answers validated against their own record's choices, and the
 * draft created on the first step (one per type: the partial unique index). Every save is audited.
 */
export async function saveStepFor(userId: string, values: Record<string, string>, request: RequestFacts): Promise<SaveOutcome> {
  const type = await applicationTypeByCode(values.applicationType ?? "");
  const step = values.step;
  const steps = typeSteps(type?.steps);
  if (!type || type.startedBy !== "educator" || !isStepKey(step) || !steps.includes(step) || step === "fee") {
    return { state: errorState({}, {}, "This application step does not exist. Start again from Apply for a credential.") };
  }
  const [held, person, scores] = await Promise.all([heldCredentialsFor(userId), legalNameFor(userId), storedScoresFor(userId)]);
  const eligibility = checkEligibility(type.eligibility, held, today());
  if (!person || !eligibility.eligible) return { state: errorState({}, {}, "You cannot make this application. See Apply for a credential for why.") };

  const draft = await draftFor(userId, type.code);
  const answers = (draft?.answers ?? {}) as Answers;
  if (!draft && step !== steps[0]) return { state: errorState({}, {}, "Your draft was not found. Start the application again."), redirectTo: `/apply/${type.code}/${steps[0]}` };
  if (!mayOpen(steps, answers, step)) return { state: idleState(), redirectTo: `/apply/${type.code}/${resumeStep(steps, answers)}` };

  const result =
    step === "sign"
      ? await readSignature(userId, values, person.fullName, request)
      : step === "documents"
        ? await readDocumentsStep(userId, draft?.id, type.requiredDocuments)
        : readStepAnswers(step, { typeCode: type.code, certificateNumbers: eligibility.certificates.map((c) => c.certificateNumber), scoreIds: scores.map((s) => s.id) }, values);
  if (!result.ok) return { state: errorState(result.fieldErrors, values) };

  const next = withAnswer(steps, answers, step, result.answers);
  const current = resumeStep(steps, next);
  const saved = await db.transaction(async (tx) => {
    const at = now();
    let applicationId = draft?.id;
    if (draft) {
      await tx.update(applications).set({ answers: next, currentStep: current, updatedAt: at, retentionWarnedAt: null }).where(and(eq(applications.id, draft.id), eq(applications.status, "draft")));
    } else {
      const [created] = await tx
        .insert(applications)
        .values({ reference: newApplicationReference(), userId, educatorId: person.educatorId, typeCode: type.code, answers: next, currentStep: current })
        .onConflictDoNothing()
        .returning({ id: applications.id });
      // Another tab started this draft a moment ago: keep theirs, ask to continue it.
      if (!created) return false;
      applicationId = created.id;
      await tx.insert(applicationEvents).values({ applicationId, userId, occurredAt: at, kind: "started", actor: "you", description: "You started the application" });
    }
    await recordAudit({ event: "application.step_saved", outcome: "success", userId, request, details: { type: type.code, step } }, tx);
    return true;
  });
  if (!saved) return { state: errorState({}, {}, "You already have a draft of this application. Continue it instead."), redirectTo: `/apply/${type.code}/${steps[0]}` };
  const backToReview = values.returnTo === "review" && steps.includes("review") && current === "review";
  return { state: idleState(), redirectTo: `/apply/${type.code}/${backToReview ? "review" : nextStep(steps, step, current)}` };
}

/** After a save: the step after this one, unless an earlier one still waits (it cannot, but stay safe). */
function nextStep(steps: StepKey[], step: StepKey, current: StepKey): StepKey {
  const following = steps[steps.indexOf(step) + 1] ?? current;
  return steps.indexOf(following) <= steps.indexOf(current) ? following : current;
}
