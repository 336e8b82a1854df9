import "server-only";
import { requireUser } from "@/lib/auth/guards";
import { today } from "@/lib/platform/clock";
import { errorState, idleState } from "@/lib/platform/forms/action-state";
import { requestFacts } from "@/lib/platform/request/request-facts";
import { answerInformationFor, withdrawFor } from "./after-submission";
import { checkEligibility } from "./eligibility";
import { progressOf, resumeStep, typeSteps, type Answers } from "./progress";
import { activeApplicationTypes, applicationByReferenceFor, applicationsFor, applicationTypeByCode, checklistOf, draftFor, heldCredentialsFor, timelineOf } from "./queries";
import { referenceShape } from "./reference";
import { saveStepFor, type SaveOutcome } from "./save-step";
import { startApplicationFee } from "./fee";
import { feeWaived, readyToSubmit, submitWithoutFee } from "./submit";
import { processingTransparency } from "./transparency";
import { wizardPageFor } from "./wizard";

/**
 * The applications' data functions. Each takes the person from the session (requireUser), never an
 * id: an application is found by its reference or form id only among the session's own (NX-2).
 */
export async function applyOptions() {
  const user = await requireUser();
  const [types, held, applications, transparency] = await Promise.all([activeApplicationTypes(), heldCredentialsFor(user.id), applicationsFor(user.id), processingTransparency()]);
  const on = today();
  return {
    transparency,
    types: types.map((type) => {
      const eligibility = checkEligibility(type.eligibility, held, on);
      const draft = applications.find((application) => application.typeCode === type.code && application.status === "draft");
      const steps = typeSteps(type.steps);
      return {
        code: type.code,
        formCode: type.formCode,
        name: type.name,
        description: type.description,
        feeCents: type.feeCents,
        feeWaiver: type.feeWaiver,
        startedBy: type.startedBy,
        eligible: eligibility.eligible,
        reason: eligibility.eligible ? null : eligibility.reason,
        startPath: `/apply/${type.code}/${steps[0] ?? "eligibility"}`,
        draft: draft ? { path: `/apply/${type.code}/${draft.currentStep}`, progress: progressOf(steps, draft.answers as Answers), reference: draft.reference } : null,
      };
    }),
  };
}

export async function wizardPage(typeCode: string, step: string) {
  const user = await requireUser();
  if (typeof typeCode !== "string" || typeof step !== "string") return null;
  return wizardPageFor(user.id, typeCode, step);
}

export async function saveApplicationStep(values: Record<string, string>): Promise<SaveOutcome> {
  const user = await requireUser();
  return saveStepFor(user.id, values, await requestFacts());
}

/** The fee step: submits at once when no fee is due; otherwise payment starts (lib/payments, when present). */
export async function submitApplicationStep(values: Record<string, string>): Promise<SaveOutcome> {
  const user = await requireUser();
  const type = await applicationTypeByCode(values.applicationType ?? "");
  const draft = type ? await draftFor(user.id, type.code) : null;
  if (!type || !draft) return { state: errorState({}, {}, "Your draft was not found. Start the application again from Apply for a credential.") };
  if (!readyToSubmit(type, draft.answers as Answers)) return { state: idleState(), redirectTo: `/apply/${type.code}/${resumeStep(typeSteps(type.steps), draft.answers as Answers)}` };
  if (!feeWaived(type)) return { state: idleState(), redirectTo: await startApplicationFee(user.id, draft, type, await requestFacts()) };
  const reference = await submitWithoutFee(user.id, draft, type, await requestFacts());
  return reference ? { state: idleState(), redirectTo: `/applications/${reference}?submitted=1` } : { state: errorState({}, {}, "This application was already submitted.") };
}

/** Every application of the signed-in educator, drafts with their progress, for the dashboard. */
export async function myApplications() {
  const user = await requireUser();
  const rows = await applicationsFor(user.id);
  return rows.map(({ steps, answers, ...row }) => ({
    ...row,
    continuePath: `/apply/${row.typeCode}/${row.currentStep}`,
    progress: row.status === "draft" ? progressOf(typeSteps(steps), answers as Answers) : null,
  }));
}

export async function myApplication(reference: string) {
  const user = await requireUser();
  if (typeof reference !== "string" || !referenceShape.test(reference)) return null;
  const found = await applicationByReferenceFor(user.id, reference);
  if (!found || found.application.status === "draft") return null;
  const [timeline, checklist, transparency] = await Promise.all([timelineOf(found.application.id), checklistOf(found.application.id), processingTransparency()]);
  const { application, type } = found;
  return {
    formKey: application.id,
    reference: application.reference,
    status: application.status,
    typeName: type.name,
    formCode: type.formCode,
    typeCode: type.code,
    answers: application.answers as Answers,
    steps: typeSteps(type.steps),
    feeCents: application.feeCents ?? 0,
    submittedAt: application.submittedAt,
    timeline,
    checklist,
    transparency,
  };
}

export async function withdrawApplication(values: Record<string, string>) {
  const user = await requireUser();
  return withdrawFor(user.id, values, await requestFacts());
}

export async function answerInformationRequest(values: Record<string, string>) {
  const user = await requireUser();
  return answerInformationFor(user.id, values, await requestFacts());
}

/** Where the way back from the checkout leads: the submitted application, or the fee step of the draft still waiting. */
export async function paymentLanding(reference: string, payment: string): Promise<string | null> {
  const user = await requireUser();
  if (typeof reference !== "string" || !referenceShape.test(reference)) return null;
  const found = await applicationByReferenceFor(user.id, reference);
  if (!found) return null;
  if (found.application.status !== "draft") return `/applications/${reference}?submitted=1`;
  const outcome = ["declined", "abandoned", "created"].includes(payment) ? payment : "abandoned";
  return `/apply/${found.application.typeCode}/fee?payment=${outcome}`;
}
