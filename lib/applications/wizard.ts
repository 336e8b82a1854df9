import "server-only";
import { today } from "@/lib/platform/clock";
import { checkEligibility, describeCredential } from "./eligibility";
import { mayOpen, progressOf, resumeStep, typeSteps, type Answers } from "./progress";
import { applicationTypeByCode, draftFor, heldCredentialsFor, legalNameFor, storedScoresFor } from "./queries";
import { isStepKey, stepTitles, type StepKey } from "./steps";

/**
 * What one wizard page needs, for the signed-in educator only (`userId` from requireUser()). Answers
 * come from their own draft; the choices (certificates, test scores) from their own record.
 */
export type WizardPage =
  | { kind: "redirect"; to: string }
  | {
      kind: "page";
      type: { code: string; name: string; formCode: string | null; feeCents: number; feeWaiver: string | null; requiredDocuments: string[] };
      step: StepKey;
      steps: { key: StepKey; title: string }[];
      stepNumber: number;
      answers: Answers;
      reference: string | null;
      /** The draft's id for the document forms (only ever the session's own draft). */
      draftKey: string | null;
      progress: { done: number; total: number };
      certificates: { value: string; label: string }[];
      scores: { value: string; label: string }[];
      person: { fullName: string; dateOfBirth: string; email: string };
    };

export async function wizardPageFor(userId: string, typeCode: string, stepParam: string): Promise<WizardPage | null> {
  const type = await applicationTypeByCode(typeCode);
  if (!type || type.startedBy !== "educator") return null;
  const steps = typeSteps(type.steps);
  if (!isStepKey(stepParam) || !steps.includes(stepParam)) return null;
  const [draft, held, person, scores] = await Promise.all([draftFor(userId, typeCode), heldCredentialsFor(userId), legalNameFor(userId), storedScoresFor(userId)]);
  if (!person) return null;
  const eligibility = checkEligibility(type.eligibility, held, today());
  if (!eligibility.eligible) return { kind: "redirect", to: "/apply" };
  const answers = (draft?.answers ?? {}) as Answers;
  // Without a draft only the first step exists; a later step by URL goes back to where the draft is.
  if (!draft && stepParam !== steps[0]) return { kind: "redirect", to: `/apply/${typeCode}/${steps[0]}` };
  if (!mayOpen(steps, answers, stepParam)) return { kind: "redirect", to: `/apply/${typeCode}/${resumeStep(steps, answers)}` };
  return {
    kind: "page",
    type: { code: type.code, name: type.name, formCode: type.formCode, feeCents: type.feeCents, feeWaiver: type.feeWaiver, requiredDocuments: type.requiredDocuments },
    step: stepParam,
    steps: steps.map((key) => ({ key, title: stepTitles[key] })),
    stepNumber: steps.indexOf(stepParam) + 1,
    answers,
    reference: draft?.reference ?? null,
    draftKey: draft?.id ?? null,
    progress: progressOf(steps, answers),
    certificates: eligibility.certificates.map((credential) => ({
      value: credential.certificateNumber,
      label: `${describeCredential(credential)}${credential.expirationDate ? `, ${credential.status === "expired" ? "expired" : "expires"} ${credential.expirationDate}` : ""}`,
    })),
    scores: scores.map((score) => ({ value: score.id, label: `${score.testName} (${score.testCode}): ${score.score}, taken ${score.testDate}` })),
    person: { fullName: person.fullName, dateOfBirth: person.dateOfBirth, email: person.email },
  };
}
