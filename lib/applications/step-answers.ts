import { z } from "zod";
import { fieldErrorsOf } from "@/lib/platform/forms/action-state";
import { parseUsDate } from "@/lib/platform/forms/us-date";
import { containsSsnShape } from "@/lib/support/ssn-shape";
import { characterQuestions, degreeLevels, duplicateReasons, rankBases, type StepKey } from "./steps";

/**
 * What each step accepts, as zod schemas built for this educator (their certificates and stored
 * test scores are the only choices). The answers kept are plain strings; the password of the
 * signature step is checked by the caller and never kept.
 */
export type StepContext = {
  typeCode: string;
  certificateNumbers: string[];
  scoreIds: string[];
};

export type StepResult = { ok: true; answers: Record<string, string> } | { ok: false; fieldErrors: Record<string, string> };

const yesNo = (message: string) => z.enum(["yes", "no"], { error: message });
const text = (label: string, max = 200) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)} must be ${max} characters or fewer`)
    .refine((value) => !containsSsnShape(value), "Do not enter a Social Security number here");

function eligibilitySchema(context: StepContext) {
  const certificate = z.string().refine((value) => context.certificateNumbers.includes(value), "Select a certificate");
  switch (context.typeCode) {
    case "initial":
      return z.object({
        programCompleted: yesNo("Select yes if you have completed an approved educator preparation program").refine(
          (value) => value === "yes",
          "You can apply for initial certification once you have completed an approved preparation program",
        ),
      });
    case "add-area":
      return z.object({ certificateNumber: certificate, newArea: text("the area or endorsement to add", 100) });
    case "rank-change":
      return z.object({
        certificateNumber: certificate,
        rankBasis: z.enum(rankBases.map((basis) => basis.value) as [string, ...string[]], { error: "Select the basis for the rank change" }),
      });
    case "duplicate":
      return z.object({
        certificateNumber: certificate,
        duplicateReason: z.enum(duplicateReasons.map((reason) => reason.value) as [string, ...string[]], { error: "Select why you need a duplicate" }),
      });
    default:
      return z.object({ certificateNumber: certificate });
  }
}

/** A count typed as digits: blank is "missing", not zero (z.coerce alone would read "" as 0). */
const wholeNumber = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}`)
    .regex(/^\d+$/, `Enter ${label} as a whole number, like 5`)
    .refine((value) => Number(value) <= max, `${label[0]!.toUpperCase()}${label.slice(1)} must be ${max} or fewer`)
    .transform((value) => String(Number(value)));

const degreeDate = z
  .string()
  .trim()
  .min(1, "Enter the date your degree was awarded")
  .refine((value) => parseUsDate(value) !== null, "Enter the date your degree was awarded as mm/dd/yyyy, like 05/14/2019");

function schemaFor(step: StepKey, context: StepContext): z.ZodType<Record<string, string>> | null {
  switch (step) {
    case "eligibility":
      return eligibilitySchema(context) as z.ZodType<Record<string, string>>;
    case "personal-details":
      return z.object({
        detailsCorrect: yesNo("Select yes if these details are correct").refine(
          (value) => value === "yes",
          "Your name on the application must match your record: request a name change first",
        ),
      });
    case "education":
      return z.object({
        institution: text("the college or university", 150),
        degree: z.enum(degreeLevels.map((level) => level.value) as [string, ...string[]], { error: "Select your degree" }),
        degreeDate,
        nameOnTranscript: text("your name as it appears on your transcript", 150),
      });
    case "preparation":
      return z.object({
        programName: text("the name of your preparation program", 150),
        testScores: z.string().refine((value) => value === "" || value.split(",").every((id) => context.scoreIds.includes(id)), "Select scores from your record"),
      });
    case "experience":
      return z.object({
        district: text("the district or school you worked for", 150),
        yearsExperience: wholeNumber("your years of experience", 60),
        developmentHours: wholeNumber("your professional development hours", 2000),
      });
    case "character":
      return characterSchema();
    default:
      return null;
  }
}

function characterSchema() {
  const shape: Record<string, z.ZodType> = {};
  for (const question of characterQuestions) {
    shape[question.name] = yesNo(`Select yes or no: ${question.text}`);
    shape[`${question.name}Explanation`] = z.string().trim().max(2000, "Your explanation must be 2000 characters or fewer").optional().transform((value) => value ?? "");
  }
  return z.object(shape).superRefine((answers, issues) => {
    for (const question of characterQuestions) {
      if (answers[question.name] === "yes" && !String(answers[`${question.name}Explanation`] ?? "")) {
        issues.addIssue({ code: "custom", path: [`${question.name}Explanation`], message: "You answered yes: explain what happened" });
      }
    }
  }) as unknown as z.ZodType<Record<string, string>>;
}

/** Validates one step's posted values; the steps without questions (documents, review) accept anything. */
export function readStepAnswers(step: StepKey, context: StepContext, values: Record<string, string>): StepResult {
  const schema = schemaFor(step, context);
  if (!schema) return { ok: true, answers: { confirmed: "yes" } };
  const result = schema.safeParse(values);
  if (!result.success) return { ok: false, fieldErrors: fieldErrorsOf(result.error) };
  const answers = Object.fromEntries(Object.entries(result.data).map(([key, value]) => [key, String(value ?? "")]));
  // An explanation only means something beside a "yes".
  for (const question of characterQuestions) if (answers[question.name] === "no") answers[`${question.name}Explanation`] = "";
  return { ok: true, answers };
}
