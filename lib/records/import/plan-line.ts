import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "@/lib/platform/db/client";
import { credentials, educatorNames, educators, type NewCredential } from "@/lib/platform/db/schema";
import { buildEducatorRows, type EducatorRows } from "@/lib/records/educator-rows";
import { findEducatorIdsBySsn } from "@/lib/records/lookup";
import { normalizeName } from "@/lib/platform/security/normalize-name";
import { fingerprint, type PiiKeys } from "@/lib/platform/security/pii";
import type { ImportedCredential, ParsedRecordLine } from "./parse-record-line";

/** What the import knows about a person: enough to decide whether a line describes them. */
export type KnownPerson = { educatorId: string; dateOfBirth: string; nameKeys: Set<string>; createdThisRun: boolean };

type CredentialFacts = Pick<
  NewCredential,
  "educatorId" | "credentialTypeId" | "certificateNumber" | "area" | "gradeRange" | "rank" | "status" | "effectiveDate" | "expirationDate"
>;

/**
 * People and credentials this run has written (or, in a dry run, would have written), consulted before
 * the database. A dry run rolls nothing forward into the database, yet its line 7 must see the person
 * its line 3 "created", exactly as a real run's would: this is what makes the two reports equal.
 */
export class ImportMemory {
  readonly people = new Map<string, KnownPerson>();
  readonly credentials = new Map<string, CredentialFacts>();
}

export type LinePlan =
  | { kind: "reject"; reasons: string[] }
  | {
      kind: "accept";
      ssnKey: string;
      person: KnownPerson;
      /** Rows to insert when the person is new. */
      newPerson: EducatorRows | null;
      credential: { kind: "create"; row: CredentialFacts } | { kind: "present" } | null;
    };

export type PlanContext = { memory: ImportMemory; typeIds: Map<string, number>; keys: PiiKeys };

export const ssnConflict = "SSN is already on a record with a different name or date of birth";

function nameKey(firstName: string, lastName: string): string {
  return `${normalizeName(firstName)}|${normalizeName(lastName)}`;
}

async function loadPerson(executor: Executor, ssn: string, keys: PiiKeys): Promise<KnownPerson | null> {
  const [educatorId] = await findEducatorIdsBySsn(executor, ssn, keys);
  if (!educatorId) return null;
  const rows = await executor
    .select({ dateOfBirth: educators.dateOfBirth, first: educatorNames.firstNameNorm, last: educatorNames.lastNameNorm })
    .from(educators)
    .innerJoin(educatorNames, eq(educatorNames.educatorId, educators.id))
    .where(eq(educators.id, educatorId));
  return {
    educatorId,
    dateOfBirth: rows[0]?.dateOfBirth ?? "",
    nameKeys: new Set(rows.map((row) => `${row.first}|${row.last}`)),
    createdThisRun: false,
  };
}

async function loadCredential(executor: Executor, certificateNumber: string): Promise<CredentialFacts | null> {
  const [row] = await executor
    .select({
      educatorId: credentials.educatorId,
      credentialTypeId: credentials.credentialTypeId,
      certificateNumber: credentials.certificateNumber,
      area: credentials.area,
      gradeRange: credentials.gradeRange,
      rank: credentials.rank,
      status: credentials.status,
      effectiveDate: credentials.effectiveDate,
      expirationDate: credentials.expirationDate,
    })
    .from(credentials)
    .where(eq(credentials.certificateNumber, certificateNumber));
  return row ?? null;
}

function credentialFacts(educatorId: string, credential: ImportedCredential, typeId: number): CredentialFacts {
  return {
    educatorId,
    credentialTypeId: typeId,
    certificateNumber: credential.certificateNumber,
    area: credential.area,
    gradeRange: credential.gradeRange,
    rank: credential.rank,
    status: credential.status,
    effectiveDate: credential.effectiveDate,
    expirationDate: credential.expirationDate,
  };
}

function sameFacts(a: CredentialFacts, b: CredentialFacts): boolean {
  const fields = ["educatorId", "credentialTypeId", "area", "gradeRange", "rank", "status", "effectiveDate", "expirationDate"] as const;
  return fields.every((field) => (a[field] ?? null) === (b[field] ?? null));
}

/**
 * Decides what one valid line does, reading but never writing: match the person by SSN (under every
 * fingerprint key) or plan a new record, then plan the credential. Anything that would make the line
 * only half true rejects all of it. Runs inside the line's transaction in a real run.
 */
export async function planLine(executor: Executor, parsed: ParsedRecordLine, context: PlanContext): Promise<LinePlan> {
  const { person, credential } = parsed;
  const ssnKey = fingerprint("ssn", person.ssn, context.keys).value;
  let known = context.memory.people.get(ssnKey) ?? null;
  if (!known) {
    known = await loadPerson(executor, person.ssn, context.keys);
    // Pre-existing people stay as they are whatever this line's fate, so they can be remembered now.
    if (known) context.memory.people.set(ssnKey, known);
  }

  let newPerson: EducatorRows | null = null;
  if (known) {
    const recordNames = known.nameKeys;
    const lineNames = [person.lastName, ...person.formerLastNames].map((last) => nameKey(person.firstName, last));
    if (known.dateOfBirth !== person.dateOfBirth || !lineNames.some((key) => recordNames.has(key))) {
      return { kind: "reject", reasons: [ssnConflict] };
    }
  } else {
    newPerson = buildEducatorRows(
      { ...person, formerNames: person.formerLastNames.map((lastName) => ({ lastName })), source: "legacy_import" },
      { keys: context.keys },
    );
    known = {
      educatorId: newPerson.educator.id,
      dateOfBirth: person.dateOfBirth,
      nameKeys: new Set(newPerson.names.map((name) => `${name.firstNameNorm}|${name.lastNameNorm}`)),
      createdThisRun: true,
    };
  }

  if (!credential) return { kind: "accept", ssnKey, person: known, newPerson, credential: null };
  const typeId = context.typeIds.get(credential.typeCode) as number;
  const wanted = credentialFacts(known.educatorId, credential, typeId);
  const existing = context.memory.credentials.get(credential.certificateNumber) ?? (await loadCredential(executor, credential.certificateNumber));
  if (!existing) return { kind: "accept", ssnKey, person: known, newPerson, credential: { kind: "create", row: wanted } };
  if (existing.educatorId !== known.educatorId) {
    return { kind: "reject", reasons: ["certificate_number is already on another educator's record"] };
  }
  if (!sameFacts(existing, wanted)) {
    return {
      kind: "reject",
      reasons: ["certificate_number is already on this record with different details (the import never changes an existing credential)"],
    };
  }
  return { kind: "accept", ssnKey, person: known, newPerson, credential: { kind: "present" } };
}

/** Records what an accepted line wrote; called only once the line's transaction has committed. */
export function rememberPlan(memory: ImportMemory, plan: LinePlan): void {
  if (plan.kind !== "accept") return;
  memory.people.set(plan.ssnKey, plan.person);
  if (plan.credential?.kind === "create") memory.credentials.set(plan.credential.row.certificateNumber, plan.credential.row);
}
