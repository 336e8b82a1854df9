import "server-only";
import { sql } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db/client";
import { credentialTypes } from "@/lib/platform/db/schema";

/**
 * The certificate families (16 KAR 2) an agency issues, Kentucky's by default. Reference data that
 * both the demo seed and the legacy-records import need, so it is upserted by code, idempotently.
 * `areas` and `grades` are what a certificate of that family may name.
 */
export type CredentialTypeDefinition = {
  code: string;
  name: string;
  category: "professional" | "early-career" | "substitute" | "leadership" | "specialist" | "emeritus";
  validityYears: number | null;
  areas: string[];
  grades: string;
};

export const kentuckyCredentialTypes: CredentialTypeDefinition[] = [
  { code: "PROF-ELEM", name: "Professional Certificate for Teaching in Elementary School", category: "professional", validityYears: 5, areas: ["Elementary Education"], grades: "Primary–5" },
  { code: "PROF-MID", name: "Professional Certificate for Teaching Middle Grades", category: "professional", validityYears: 5, areas: ["English and Communications", "Mathematics", "Science", "Social Studies"], grades: "5–9" },
  { code: "PROF-HS", name: "Professional Certificate for Teaching High School", category: "professional", validityYears: 5, areas: ["Biology", "Chemistry", "Earth and Space Science", "English", "Mathematics", "Physics", "Social Studies"], grades: "8–12" },
  { code: "PROF-P12", name: "Professional Certificate for Teaching Grades Primary–12", category: "professional", validityYears: 5, areas: ["Art", "Music", "Physical Education", "Health", "World Languages", "English as a Second Language"], grades: "Primary–12" },
  { code: "PROF-EXC", name: "Professional Certificate for Teaching Exceptional Children", category: "professional", validityYears: 5, areas: ["Learning and Behavior Disorders", "Moderate and Severe Disabilities", "Deaf and Hard of Hearing"], grades: "Primary–12" },
  { code: "IECE", name: "Interdisciplinary Early Childhood Education", category: "professional", validityYears: 5, areas: ["Interdisciplinary Early Childhood Education"], grades: "Birth–Primary" },
  { code: "CTE", name: "Career and Technical Education Certificate", category: "professional", validityYears: 5, areas: ["Agriculture", "Business and Marketing", "Family and Consumer Sciences", "Engineering and Technology"], grades: "5–12" },
  { code: "COUNSELOR", name: "Provisional and Standard Certificate for School Counselor", category: "specialist", validityYears: 5, areas: ["School Counselor"], grades: "Primary–12" },
  { code: "MEDIA", name: "Professional Certificate for School Media Librarian", category: "specialist", validityYears: 5, areas: ["School Media Librarian"], grades: "Primary–12" },
  { code: "PSYCH", name: "Certificate for School Psychologist", category: "specialist", validityYears: 5, areas: ["School Psychologist"], grades: "Primary–12" },
  { code: "SLP", name: "Professional Certificate for Speech-Language Pathologist", category: "specialist", validityYears: 5, areas: ["Speech-Language Pathology"], grades: "Primary–12" },
  { code: "PRINCIPAL", name: "Professional Certificate for Instructional Leadership – School Principal, All Grades", category: "leadership", validityYears: 5, areas: ["School Principal"], grades: "All Grades" },
  { code: "DSE", name: "Professional Certificate for Instructional Leadership – Director of Special Education", category: "leadership", validityYears: 5, areas: ["Director of Special Education"], grades: "All Grades" },
  { code: "SUPERVISOR", name: "Professional Certificate for Instructional Leadership – Supervisor of Instruction", category: "leadership", validityYears: 5, areas: ["Supervisor of Instruction"], grades: "All Grades" },
  { code: "SUPT", name: "Professional Certificate for Instructional Leadership – Superintendent", category: "leadership", validityYears: 5, areas: ["Superintendent"], grades: "All Grades" },
  { code: "SOE", name: "Statement of Eligibility", category: "early-career", validityYears: 5, areas: ["Elementary Education", "Mathematics", "English", "Science"], grades: "Primary–12" },
  { code: "PROVISIONAL", name: "Provisional Certificate", category: "early-career", validityYears: 1, areas: ["Elementary Education", "Mathematics", "English", "Biology"], grades: "Primary–12" },
  { code: "CONDITIONAL", name: "One-Year Conditional Certificate", category: "early-career", validityYears: 1, areas: ["Mathematics", "Chemistry", "Learning and Behavior Disorders"], grades: "5–12" },
  { code: "EMERGENCY", name: "Emergency Certificate", category: "early-career", validityYears: 1, areas: ["Mathematics", "Science", "Special Education"], grades: "Primary–12" },
  { code: "SUB-5YR", name: "5-Year Substitute Certificate", category: "substitute", validityYears: 5, areas: ["Substitute Teaching"], grades: "Primary–12" },
  { code: "SUB-EMERG", name: "Emergency Substitute Certificate", category: "substitute", validityYears: 1, areas: ["Substitute Teaching"], grades: "Primary–12" },
  { code: "EMERITUS", name: "Emeritus Certificate", category: "emeritus", validityYears: null, areas: ["Retired Educator"], grades: "Primary–12" },
];

/** Inserts missing types and refreshes names; returns code → id. Safe to call on every run. */
export async function ensureCredentialTypes(
  executor: Executor,
  definitions: CredentialTypeDefinition[] = kentuckyCredentialTypes,
): Promise<Map<string, number>> {
  await executor
    .insert(credentialTypes)
    .values(definitions.map(({ code, name, category, validityYears }) => ({ code, name, category, validityYears })))
    .onConflictDoUpdate({
      target: credentialTypes.code,
      set: { name: sql`excluded.name`, category: sql`excluded.category`, validityYears: sql`excluded.validity_years` },
    });
  const rows = await executor.select({ id: credentialTypes.id, code: credentialTypes.code }).from(credentialTypes);
  return new Map(rows.map((row) => [row.code, row.id]));
}
