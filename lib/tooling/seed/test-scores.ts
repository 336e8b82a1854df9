import "server-only";
import type { testScores } from "@/lib/platform/db/schema";
import { addDays, daysBetween } from "./dates";
import type { SeedRandom } from "./prng";

/**
 * Praxis-style assessments as ETS reports them to the agency. Codes and names follow the Praxis
 * catalogue; passing scores are illustrative (each state sets its own), on Praxis's 100-200 scale.
 */
type Assessment = { code: string; name: string; passing: number; areas: string[] };

const pedagogy: Assessment[] = [
  { code: "5622", name: "Principles of Learning and Teaching: Grades K-6", passing: 160, areas: [] },
  { code: "5623", name: "Principles of Learning and Teaching: Grades 5-9", passing: 160, areas: [] },
  { code: "5624", name: "Principles of Learning and Teaching: Grades 7-12", passing: 161, areas: [] },
];

const content: Assessment[] = [
  { code: "5001", name: "Elementary Education: Multiple Subjects", passing: 157, areas: ["Elementary Education", "Interdisciplinary Early Childhood Education"] },
  { code: "5161", name: "Mathematics", passing: 160, areas: ["Mathematics"] },
  { code: "5039", name: "English Language Arts: Content and Analysis", passing: 167, areas: ["English", "English and Communications"] },
  { code: "5235", name: "Biology: Content Knowledge", passing: 146, areas: ["Biology", "Science"] },
  { code: "5245", name: "Chemistry: Content Knowledge", passing: 151, areas: ["Chemistry"] },
  { code: "5265", name: "Physics: Content Knowledge", passing: 141, areas: ["Physics"] },
  { code: "5571", name: "Earth and Space Sciences: Content Knowledge", passing: 149, areas: ["Earth and Space Science"] },
  { code: "5081", name: "Social Studies: Content Knowledge", passing: 157, areas: ["Social Studies"] },
  { code: "5134", name: "Art: Content Knowledge", passing: 158, areas: ["Art"] },
  { code: "5114", name: "Music: Content and Instruction", passing: 162, areas: ["Music"] },
  { code: "5095", name: "Physical Education: Content and Design", passing: 150, areas: ["Physical Education", "Health"] },
  { code: "5362", name: "English to Speakers of Other Languages", passing: 155, areas: ["English as a Second Language"] },
  { code: "5543", name: "Special Education: Core Knowledge and Mild to Moderate Applications", passing: 153, areas: ["Learning and Behavior Disorders", "Special Education"] },
  { code: "5545", name: "Special Education: Core Knowledge and Severe to Profound Applications", passing: 153, areas: ["Moderate and Severe Disabilities"] },
  { code: "5272", name: "Special Education: Deaf and Hard of Hearing", passing: 160, areas: ["Deaf and Hard of Hearing"] },
  { code: "5701", name: "Agriculture", passing: 147, areas: ["Agriculture"] },
  { code: "5101", name: "Business Education: Content Knowledge", passing: 154, areas: ["Business and Marketing"] },
  { code: "5122", name: "Family and Consumer Sciences", passing: 153, areas: ["Family and Consumer Sciences"] },
  { code: "5051", name: "Technology Education", passing: 159, areas: ["Engineering and Technology"] },
  { code: "5421", name: "Professional School Counselor", passing: 156, areas: ["School Counselor"] },
  { code: "5312", name: "Library Media Specialist", passing: 156, areas: ["School Media Librarian"] },
  { code: "5403", name: "School Psychologist", passing: 147, areas: ["School Psychologist"] },
  { code: "5331", name: "Speech-Language Pathology", passing: 162, areas: ["Speech-Language Pathology"] },
  { code: "6990", name: "School Leaders Licensure Assessment", passing: 151, areas: ["School Principal", "Supervisor of Instruction", "Director of Special Education", "Superintendent"] },
];

type TestScoreRow = typeof testScores.$inferInsert;

/**
 * Scores for a person: a pedagogy test and a content test matching their first credential's area,
 * taken before it was issued; now and then a failed first attempt and a passing retake.
 */
export function seedTestScores(
  random: SeedRandom,
  input: { educatorId: string; area: string | null; takenBy: string; earliest: string },
): TestScoreRow[] {
  const matching = content.find((test) => input.area && test.areas.includes(input.area));
  const tests = [random.pick(pedagogy), ...(matching ? [matching] : [])];
  const rows: TestScoreRow[] = [];
  for (const test of tests) {
    let date = dateBefore(random, input.earliest, input.takenBy);
    if (random.chance(0.12)) {
      rows.push(scoreRow(input.educatorId, test, test.passing - random.between(1, 20), date));
      date = addDays(date, random.between(45, 120)); // ETS allows a retake after 28 days
      if (date > input.takenBy) date = input.takenBy;
    }
    rows.push(scoreRow(input.educatorId, test, Math.min(200, test.passing + random.between(0, 32)), date));
  }
  return rows;
}

function scoreRow(educatorId: string, test: Assessment, score: number, testDate: string): TestScoreRow {
  return { educatorId, testCode: test.code, testName: `Praxis ${test.name}`, score, passingScore: test.passing, testDate, reportedBy: "ETS" };
}

/** A day between `earliest` and `latest` (the later of the two when the window is empty), leaning late. */
function dateBefore(random: SeedRandom, earliest: string, latest: string): string {
  const span = daysBetween(earliest, latest);
  if (span <= 0) return latest > earliest ? latest : earliest;
  return addDays(latest, -random.int(Math.min(span, 400) + 1));
}
