import "server-only";
import { kentuckyCredentialTypes, type CredentialTypeDefinition } from "@/lib/credentials/credential-types";
import type { CredentialRank, CredentialStatus } from "@/lib/platform/db/schema";

/**
 * What the seed needs to know about the certificate families beyond their definitions: how common
 * each is, which carry a salary rank, and the wording of endorsements and public actions.
 */
export type CatalogEntry = { id: number; definition: CredentialTypeDefinition };

export type CredentialCatalog = {
  byCode: Map<string, CatalogEntry>;
  byId: Map<number, CatalogEntry>;
  weighted: [CatalogEntry, number][];
};

// Relative frequency of each family among issued certificates: classroom certificates dominate,
// leadership and specialist ones are rarer, superintendents rarest.
const frequency: Record<string, number> = {
  "PROF-ELEM": 20, "PROF-MID": 12, "PROF-HS": 16, "PROF-P12": 10, "PROF-EXC": 8, IECE: 4, CTE: 5,
  COUNSELOR: 3, MEDIA: 1.5, PSYCH: 1, SLP: 1.5, PRINCIPAL: 4, DSE: 0.7, SUPERVISOR: 1, SUPT: 0.3,
  SOE: 3, PROVISIONAL: 3, CONDITIONAL: 1.5, EMERGENCY: 1, "SUB-5YR": 3, "SUB-EMERG": 1.5, EMERITUS: 1,
};

/** Joins the definitions with the ids ensureCredentialTypes() returned. */
export function credentialCatalog(ids: Map<string, number>, definitions = kentuckyCredentialTypes): CredentialCatalog {
  const byCode = new Map<string, CatalogEntry>();
  for (const definition of definitions) {
    const id = ids.get(definition.code);
    if (id === undefined) throw new Error(`credential type ${definition.code} is missing from the database`);
    byCode.set(definition.code, { id, definition });
  }
  const weighted = [...byCode.values()].map((entry): [CatalogEntry, number] => [entry, frequency[entry.definition.code] ?? 1]);
  const byId = new Map([...byCode.values()].map((entry) => [entry.id, entry]));
  return { byCode, byId, weighted };
}

export function catalogEntry(catalog: CredentialCatalog, code: string): CatalogEntry {
  const entry = catalog.byCode.get(code);
  if (!entry) throw new Error(`unknown credential type ${code}`);
  return entry;
}

/** Salary ranks belong to teaching, specialist and leadership certificates, not to substitutes or early-career ones. */
export const rankWeights: Record<CredentialTypeDefinition["category"], [CredentialRank | null, number][]> = {
  professional: [["III", 35], ["II", 45], ["I", 20]],
  specialist: [["II", 55], ["I", 45]],
  leadership: [["II", 40], ["I", 60]],
  "early-career": [[null, 1]],
  substitute: [[null, 1]],
  emeritus: [[null, 1]],
};

/** Most certificates are current or lapsed; suspensions and revocations are rare, as they are in life. */
export const statusWeights: [CredentialStatus, number][] = [
  ["active", 50],
  ["expired", 46.5],
  ["surrendered", 2.5],
  ["suspended", 0.6],
  ["revoked", 0.4],
];

export const endorsementNames = [
  "Gifted Education",
  "English as a Second Language",
  "Reading and Writing",
  "Instructional Computer Technology",
  "Computer Science",
  "Driver Education",
  "Environmental Education",
  "Teacher Leader",
  "Literacy Specialist",
  "Learning and Behavior Disorders",
] as const;

export const actionSummaries = {
  reprimand: [
    "Public reprimand for failing to follow state assessment administration procedures.",
    "Public reprimand for inappropriate electronic communication with a student.",
    "Public reprimand for falsifying professional development records.",
  ],
  suspension: [
    "Certificate suspended for conduct unbecoming an educator (16 KAR 1:030).",
    "Certificate suspended for violating the Professional Code of Ethics for Kentucky School Certified Personnel.",
    "Certificate suspended after a breach of state testing security.",
  ],
  revocation: [
    "Certificate revoked for a criminal conviction related to the duties of an educator.",
    "Certificate revoked for obtaining certification by fraudulent means.",
  ],
} as const;
