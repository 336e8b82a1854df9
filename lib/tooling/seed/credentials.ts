import "server-only";
import type { CredentialStatus, disciplinaryActions, endorsements, NewCredential, testScores } from "@/lib/platform/db/schema";
import {
  actionSummaries,
  catalogEntry,
  endorsementNames,
  rankWeights,
  statusWeights,
  type CatalogEntry,
  type CredentialCatalog,
} from "./credential-catalog";
import { addDays, addYears, dayBetween, daysBetween, earlierOf, laterOf, onDay } from "./dates";
import type { SeedRandom } from "./prng";
import { seedTestScores } from "./test-scores";

export type CredentialRow = NewCredential & { id: string };
export type EndorsementRow = typeof endorsements.$inferInsert;
export type ActionRow = typeof disciplinaryActions.$inferInsert;
export type TestScoreRow = typeof testScores.$inferInsert;

export type SeedRecordHistory = {
  credentials: CredentialRow[];
  endorsements: EndorsementRow[];
  actions: ActionRow[];
  testScores: TestScoreRow[];
};

// How many certificates one person holds: none (a candidate with only a test score, or an old record)
// up to six; the mean is about 2.5.
const credentialCounts: [number, number][] = [[0, 12], [1, 16], [2, 25], [3, 20], [4, 14], [5, 9], [6, 4]];

/** Bulk certificate numbers: eight digits, unique by construction (8 slots per index, below 90 000 000). */
export function seedCertificateNumber(index: number, ordinal: number): string {
  return String(10_000_000 + index * 8 + ordinal);
}

/**
 * A person's licensure history: certificates with dates consistent with their status (active ones
 * expire in the future, expired ones in the past, none before the person turned 21), endorsements on
 * some, Praxis scores before the first certificate, and a public action for every suspension or
 * revocation (and a rare reprimand on a current certificate).
 */
export function seedCredentials(
  random: SeedRandom,
  person: { index: number; educatorId: string; dateOfBirth: string },
  today: string,
  catalog: CredentialCatalog,
): SeedRecordHistory {
  const history: SeedRecordHistory = { credentials: [], endorsements: [], actions: [], testScores: [] };
  const earliest = addYears(person.dateOfBirth, 21);
  const senior = daysBetween(person.dateOfBirth, today) >= 60 * 365;
  const count = random.weighted(credentialCounts);
  for (let ordinal = 0; ordinal < count; ordinal += 1) {
    let entry = random.weighted(catalog.weighted);
    if (entry.definition.code === "EMERITUS" && !senior) entry = catalogEntry(catalog, "SUB-5YR");
    const credential = seedCredential(random, entry, {
      educatorId: person.educatorId,
      certificateNumber: seedCertificateNumber(person.index, ordinal),
      status: random.weighted(statusWeights),
      earliest,
      today,
    });
    history.credentials.push(credential);
    history.endorsements.push(...seedEndorsements(random, entry, credential, today));
    const action = seedAction(random, credential, today);
    if (action) history.actions.push(action);
  }
  const first = history.credentials.reduce<CredentialRow | undefined>((a, b) => (!a || b.effectiveDate < a.effectiveDate ? b : a), undefined);
  if (random.chance(first ? 0.7 : 0.15)) {
    const takenBy = first ? addDays(first.effectiveDate, -30) : addDays(today, -random.between(1, 900));
    history.testScores = seedTestScores(random, {
      educatorId: person.educatorId,
      area: first?.area ?? null,
      takenBy: laterOf(takenBy, earliest),
      earliest: addYears(person.dateOfBirth, 20),
    });
  }
  return history;
}

function seedCredential(
  random: SeedRandom,
  entry: CatalogEntry,
  input: { educatorId: string; certificateNumber: string; status: CredentialStatus; earliest: string; today: string },
): CredentialRow {
  const { definition } = entry;
  const years = definition.validityYears;
  const { today, earliest } = input;
  let status = input.status;
  // Emeritus certificates never lapse; a certificate cannot have expired before its holder could hold it.
  const lastExpiredStart = addDays(addYears(today, -(years ?? 5)), -1);
  if (status === "expired" && (years === null || lastExpiredStart < earliest)) status = "active";

  let effectiveDate: string;
  let statusChanged: string;
  if (status === "active") {
    // Issued within its validity window, so it expires after today.
    effectiveDate = laterOf(dayBetween(random, years ? addDays(addYears(today, -years), 1) : addYears(today, -10), today), earliest);
    statusChanged = effectiveDate;
  } else if (status === "expired") {
    effectiveDate = dayBetween(random, laterOf(earliest, addYears(lastExpiredStart, -30)), lastExpiredStart);
    statusChanged = addYears(effectiveDate, years ?? 5);
  } else if (status === "suspended") {
    // A suspension lasts at most two years, so a current one began within the last 600 days.
    statusChanged = addDays(today, -random.between(1, 600));
    effectiveDate = laterOf(earliest, addDays(statusChanged, -random.between(30, 365 * (years ?? 5) - 1)));
    if (effectiveDate > statusChanged) statusChanged = effectiveDate;
  } else {
    effectiveDate = dayBetween(random, earliest, addDays(today, -1));
    statusChanged = dayBetween(random, effectiveDate, today);
  }
  const expirationDate = years === null ? null : addYears(effectiveDate, years);
  if (status !== "active" && status !== "expired" && expirationDate) statusChanged = earlierOf(statusChanged, expirationDate);
  return {
    id: random.uuid(),
    educatorId: input.educatorId,
    credentialTypeId: entry.id,
    certificateNumber: input.certificateNumber,
    area: random.pick(definition.areas),
    gradeRange: definition.grades,
    rank: random.weighted(rankWeights[definition.category]),
    status,
    effectiveDate,
    expirationDate,
    statusChangedAt: onDay(statusChanged),
  };
}

function seedEndorsements(random: SeedRandom, entry: CatalogEntry, credential: CredentialRow, today: string): EndorsementRow[] {
  if (entry.definition.category !== "professional" || !random.chance(0.15)) return [];
  const names = new Set([random.pick(endorsementNames)]);
  if (random.chance(0.2)) names.add(random.pick(endorsementNames));
  const until = earlierOf(today, credential.expirationDate ?? today);
  return [...names].map((name) => ({
    credentialId: credential.id,
    name,
    effectiveDate: dayBetween(random, credential.effectiveDate, until),
  }));
}

function seedAction(random: SeedRandom, credential: CredentialRow, today: string): ActionRow | undefined {
  const changed = credential.statusChangedAt instanceof Date ? credential.statusChangedAt.toISOString().slice(0, 10) : today;
  const base = { educatorId: credential.educatorId, credentialId: credential.id, actionDate: changed };
  if (credential.status === "suspended") {
    // The period runs past today: the certificate is suspended now.
    const minimum = Math.max(90, daysBetween(changed, today) + 30);
    return {
      ...base,
      actionType: "suspension",
      effectiveFrom: changed,
      effectiveUntil: addDays(changed, random.between(minimum, Math.max(minimum, 730))),
      summary: random.pick(actionSummaries.suspension),
    };
  }
  if (credential.status === "revoked") {
    return { ...base, actionType: "revocation", effectiveFrom: changed, summary: random.pick(actionSummaries.revocation) };
  }
  if (credential.status === "active" && random.chance(0.004)) {
    return { ...base, actionType: "reprimand", actionDate: dayBetween(random, credential.effectiveDate, today), summary: random.pick(actionSummaries.reprimand) };
  }
  return undefined;
}
