/**
 * The wizard's steps: one question group a page (GOV.UK "one thing per page"). An application type
 * lists the keys it uses, in order (application_types.steps). Shared by the pages and the client forms.
 */
export const stepKeys = [
  "eligibility",
  "personal-details",
  "education",
  "preparation",
  "experience",
  "character",
  "documents",
  "review",
  "sign",
  "fee",
] as const;

export type StepKey = (typeof stepKeys)[number];

export const stepTitles: Record<StepKey, string> = {
  eligibility: "Check you can apply",
  "personal-details": "Confirm your personal details",
  education: "Your education",
  preparation: "Preparation program and test scores",
  experience: "Your experience",
  character: "Character and fitness",
  documents: "Documents",
  review: "Check your answers",
  sign: "Declaration and signature",
  fee: "Fee",
};

export function isStepKey(value: unknown): value is StepKey {
  return typeof value === "string" && (stepKeys as readonly string[]).includes(value);
}

/** The character and fitness questions (16 KAR 2:010 style); each "yes" needs an explanation. */
export const characterQuestions = [
  { name: "convicted", text: "Have you ever been convicted of a crime other than a minor traffic offense, or entered a plea of guilty or no contest?" },
  { name: "pendingCharges", text: "Are criminal charges pending against you?" },
  { name: "disciplined", text: "Has a certificate or license of yours ever been revoked, suspended or surrendered, or have you been disciplined by a licensing board?" },
  { name: "deniedElsewhere", text: "Have you ever been denied a certificate or license in any state?" },
] as const;

export type CharacterQuestion = (typeof characterQuestions)[number]["name"];

export const rankBases = [
  { value: "masters", label: "A master's degree" },
  { value: "rank-one-hours", label: "Rank I hours (30 graduate hours beyond the master's)" },
  { value: "national-board", label: "National Board certification" },
] as const;

export const duplicateReasons = [
  { value: "lost", label: "It was lost or destroyed" },
  { value: "name-change", label: "My name changed" },
  { value: "other", label: "Another reason" },
] as const;

export const degreeLevels = [
  { value: "bachelor", label: "Bachelor's degree" },
  { value: "master", label: "Master's degree" },
  { value: "specialist", label: "Specialist degree (Ed.S.)" },
  { value: "doctorate", label: "Doctorate" },
] as const;

/** Every field any step posts, hidden ones included (for the authorization test's forms). */
export const wizardFields = [
  "applicationType",
  "step",
  "returnTo",
  "programCompleted",
  "certificateNumber",
  "newArea",
  "rankBasis",
  "duplicateReason",
  "detailsCorrect",
  "institution",
  "degree",
  "degreeDate",
  "nameOnTranscript",
  "programName",
  "district",
  "yearsExperience",
  "developmentHours",
  "testScores",
  "convicted",
  "convictedExplanation",
  "pendingCharges",
  "pendingChargesExplanation",
  "disciplined",
  "disciplinedExplanation",
  "deniedElsewhere",
  "deniedElsewhereExplanation",
  "attest",
  "signatureName",
  "password",
] as const;
