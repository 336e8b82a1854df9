import "server-only";
import type { EducatorInput, PersonName } from "@/lib/records/educator-rows";
import { addDays } from "./dates";
import { newPublicId } from "@/lib/records/public-id";
import { femaleFirstNames, lastNames, maleFirstNames, middleNames, suffixes } from "./names";
import { SeedRandom } from "./prng";

/**
 * Synthetic educator number `index`: the same person on every run (ids, public id, names, SSN),
 * with a date of birth relative to `today` so ages stay realistic whenever the seed runs.
 */
export type SeedPerson = {
  index: number;
  id: string;
  publicId: string;
  input: EducatorInput;
  /** The rest of this person's random stream: credentials, scores and account draw from it next. */
  random: SeedRandom;
};

/** Upper bound on `--educators`: keeps SSNs and certificate numbers unique by construction. */
export const maxSeedEducators = 10_000_000;

/** The id is the first draw, so a re-run can find existing people without building them again. */
export function seedEducatorId(index: number): string {
  return SeedRandom.for("educator", index).uuid();
}

export function seedPerson(index: number, today: string): SeedPerson {
  const random = SeedRandom.for("educator", index);
  const id = random.uuid();
  const publicId = newPublicId((max) => random.int(max));
  const female = random.chance(0.62); // the teaching workforce is about three-fifths women
  const firstName = random.pick(female ? femaleFirstNames : maleFirstNames);
  const middleName = random.chance(0.85) ? random.pick(middleNames) : null;
  const birthLastName = random.pick(lastNames);
  const suffix = !female && random.chance(0.06) ? random.pick(suffixes) : null;
  const { lastName, formerNames } = marriedNames(random, female, birthLastName);
  const showFormerNames = formerNames.length === 0 || !random.chance(0.08);
  const ageInDays = random.between(22 * 365 + 6, 72 * 365);
  return {
    index,
    id,
    publicId,
    random,
    input: {
      firstName,
      middleName,
      lastName,
      suffix,
      formerNames,
      showFormerNames,
      dateOfBirth: addDays(today, -ageInDays),
      ssn: seedSsn(index),
      source: "seed",
    },
  };
}

/**
 * About a fifth of records carry a former last name, mostly a maiden name; some hyphenate instead of
 * replacing, and a few changed names twice.
 */
function marriedNames(random: SeedRandom, female: boolean, birthLastName: string): { lastName: string; formerNames: Partial<PersonName>[] } {
  const changed = random.chance(female ? 0.3 : 0.04);
  if (!changed) {
    const hyphenated = random.chance(0.03);
    return { lastName: hyphenated ? `${birthLastName}-${random.pick(lastNames)}` : birthLastName, formerNames: [] };
  }
  const spouseName = random.pick(lastNames);
  const lastName = random.chance(0.15) ? `${birthLastName}-${spouseName}` : spouseName;
  const formerNames: Partial<PersonName>[] = [{ lastName: birthLastName }];
  if (random.chance(0.1)) formerNames.push({ lastName: random.pick(lastNames) });
  return { lastName, formerNames };
}

// Bulk SSNs: an affine permutation of the index over area 900-999 except 987 (reserved for the named
// demo people, End D User's 987-65-4321 among them), groups 01-99, serials 0001-9999. A bijection, so
// unique without a lookup, and scattered so neighbouring records do not share a prefix.
const areas = 99;
const groups = 99;
const serials = 9999;
const ssnSpace = areas * groups * serials; // 98 000 199 = 3^6 · 11^3 · 101
const multiplier = 39_916_801; // 11! + 1, prime and coprime with ssnSpace
const offset = 12_345_678;

export function seedSsn(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= ssnSpace) throw new RangeError(`seed SSN index out of range: ${index}`);
  const scrambled = (multiplier * index + offset) % ssnSpace; // < 2^53: exact in a double
  const areaIndex = Math.floor(scrambled / (groups * serials));
  const area = 900 + areaIndex + (areaIndex >= 87 ? 1 : 0);
  const rest = scrambled % (groups * serials);
  const group = Math.floor(rest / serials) + 1;
  const serial = (rest % serials) + 1;
  return `${area}${String(group).padStart(2, "0")}${String(serial).padStart(4, "0")}`;
}
