import { formatRecordDate } from "@/lib/platform/dates";
import { characterQuestions, degreeLevels, duplicateReasons, rankBases } from "./steps";

/** How each kept answer reads on the review page, the application page and the receipt. */
const labels: Record<string, string> = {
  programCompleted: "Completed an approved preparation program",
  certificateNumber: "Certificate",
  newArea: "Area or endorsement to add",
  rankBasis: "Basis for the rank change",
  duplicateReason: "Reason for a duplicate",
  detailsCorrect: "Personal details confirmed",
  institution: "College or university",
  degree: "Degree",
  degreeDate: "Date awarded",
  nameOnTranscript: "Name on transcript",
  programName: "Preparation program",
  testScores: "Test scores",
  district: "District or school",
  yearsExperience: "Years of experience",
  developmentHours: "Professional development hours",
  files: "Files uploaded",
  signatureName: "Signed by",
  signedOn: "Signed on",
  ...Object.fromEntries(characterQuestions.flatMap((question) => [[question.name, question.text], [`${question.name}Explanation`, "Explanation"]])),
};

const choices: Record<string, Record<string, string>> = {
  rankBasis: Object.fromEntries(rankBases.map((basis) => [basis.value, basis.label])),
  duplicateReason: Object.fromEntries(duplicateReasons.map((reason) => [reason.value, reason.label])),
  degree: Object.fromEntries(degreeLevels.map((level) => [level.value, level.label])),
};

/** The rows to show for one step's answers; empty explanations and internal keys are left out. */
export function answerRows(answers: Record<string, string> | undefined, scoreNames: Record<string, string> = {}): { label: string; value: string }[] {
  if (!answers) return [];
  return Object.entries(answers)
    .filter(([key, value]) => labels[key] && value !== "")
    .map(([key, value]) => {
      if (key === "testScores") return { label: labels[key]!, value: value.split(",").map((id) => scoreNames[id] ?? "A score on your record").join("; ") };
      if (key === "signedOn") return { label: labels[key]!, value: formatRecordDate(value) };
      const shown = choices[key]?.[value] ?? (value === "yes" ? "Yes" : value === "no" ? "No" : value);
      return { label: labels[key]!, value: shown };
    });
}
