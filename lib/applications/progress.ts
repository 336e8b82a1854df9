import { isStepKey, type StepKey } from "./steps";

/**
 * Where a draft stands: the first step of its type without an answer is where the educator resumes
 * (after signing out and in again, too); the fee step is last and has no answer of its own.
 */
export type Answers = Record<string, Record<string, string>>;

export function typeSteps(steps: unknown): StepKey[] {
  return Array.isArray(steps) ? steps.filter(isStepKey) : [];
}

export function resumeStep(steps: StepKey[], answers: Answers): StepKey {
  return steps.find((step) => step !== "fee" && !answers[step]) ?? steps[steps.length - 1] ?? "eligibility";
}

/** A step may be opened once every step before it is answered (no skipping ahead by URL). */
export function mayOpen(steps: StepKey[], answers: Answers, step: StepKey): boolean {
  const index = steps.indexOf(step);
  return index >= 0 && index <= steps.indexOf(resumeStep(steps, answers));
}

/** "3 of 9 steps done", counting the answered steps before the fee. */
export function progressOf(steps: StepKey[], answers: Answers): { done: number; total: number } {
  const counted = steps.filter((step) => step !== "fee");
  return { done: counted.filter((step) => answers[step]).length, total: counted.length };
}

/**
 * Answers after `step` was (re)answered: a change to anything the signature covered voids the
 * review and the signature, so the educator checks and signs what they actually send.
 */
export function withAnswer(steps: StepKey[], answers: Answers, step: StepKey, answer: Record<string, string>): Answers {
  const next: Answers = { ...answers, [step]: answer };
  const index = steps.indexOf(step);
  for (const later of ["review", "sign"] as const) if (steps.indexOf(later) > index) delete next[later];
  return next;
}
