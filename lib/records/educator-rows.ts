import "server-only";
import { randomUUID } from "node:crypto";
import type { NewEducator, NewEducatorName } from "@/lib/platform/db/schema";
import { normalizeName, tidyName } from "@/lib/platform/security/normalize-name";
import { currentPiiKeys, encryptPii, fingerprint, nameSearchValue, type PiiKeys } from "@/lib/platform/security/pii";
import { lastFourOf } from "@/lib/platform/security/ssn";
import { newPublicId } from "./public-id";

export type PersonName = { firstName: string; middleName?: string | null; lastName: string; suffix?: string | null };

export type EducatorInput = PersonName & {
  /** Earlier names, most often a maiden last name; a former name without a first name keeps the current one. */
  formerNames?: Partial<PersonName>[];
  /** ISO date, YYYY-MM-DD. */
  dateOfBirth: string;
  /** Nine digits, already validated (lib/platform/security/ssn.ts). */
  ssn: string;
  showFormerNames?: boolean;
  /** An address the agency holds for the person, already normalised; see educators.email_on_file. */
  emailOnFile?: string | null;
  source: NewEducator["source"];
};

export type EducatorRows = { educator: NewEducator & { id: string; publicId: string }; names: NewEducatorName[] };

function optional(value: string | null | undefined): string | null {
  const tidy = value ? tidyName(value) : "";
  return tidy ? tidy : null;
}

/**
 * One `educator_names` row: the name tidied, normalised and given its compound search fingerprint.
 * The import, the seed and a staff-approved name change (lib/staff/requests) all build names here,
 * so every search matches them alike.
 */
export function educatorNameRow(
  name: PersonName,
  kind: "current" | "former",
  person: { educatorId: string; dateOfBirth: string; ssnLastFour: string },
  keys: PiiKeys = currentPiiKeys(),
): NewEducatorName {
  const firstName = tidyName(name.firstName);
  const lastName = tidyName(name.lastName);
  const search = fingerprint("name-search", nameSearchValue({ firstName, lastName, dateOfBirth: person.dateOfBirth, ssnLastFour: person.ssnLastFour }), keys);
  return {
    educatorId: person.educatorId,
    kind,
    firstName,
    middleName: optional(name.middleName),
    lastName,
    suffix: optional(name.suffix),
    firstNameNorm: normalizeName(firstName),
    lastNameNorm: normalizeName(lastName),
    searchFingerprint: search.value,
    searchFingerprintKeyId: search.keyId,
  };
}

/**
 * Turns a person into the rows the database stores: the SSN encrypted and fingerprinted, each name
 * (current and former) normalised and given its own compound search fingerprint. Pure apart from
 * randomness, so the seed can pass its own ids and the importer can build rows before writing any.
 */
export function buildEducatorRows(
  input: EducatorInput,
  options: { keys?: PiiKeys; id?: string; publicId?: string } = {},
): EducatorRows {
  const keys = options.keys ?? currentPiiKeys();
  const id = options.id ?? randomUUID();
  const encrypted = encryptPii(input.ssn, "ssn", keys);
  const ssnPrint = fingerprint("ssn", input.ssn, keys);
  const lastFour = lastFourOf(input.ssn);

  const nameRow = (name: PersonName, kind: "current" | "former") =>
    educatorNameRow(name, kind, { educatorId: id, dateOfBirth: input.dateOfBirth, ssnLastFour: lastFour }, keys);

  const current = nameRow(input, "current");
  const former = (input.formerNames ?? [])
    .filter((name) => name.lastName && tidyName(name.lastName))
    .map((name) =>
      nameRow(
        {
          firstName: name.firstName || input.firstName,
          middleName: name.middleName ?? input.middleName,
          lastName: name.lastName as string,
          suffix: name.suffix,
        },
        "former",
      ),
    )
    // A "former" name identical to the current one adds nothing but a duplicate search hit.
    .filter((row) => row.firstNameNorm !== current.firstNameNorm || row.lastNameNorm !== current.lastNameNorm);

  return {
    educator: {
      id,
      publicId: options.publicId ?? newPublicId(),
      dateOfBirth: input.dateOfBirth,
      ssnCiphertext: encrypted.ciphertext,
      ssnKeyId: encrypted.keyId,
      ssnFingerprint: ssnPrint.value,
      ssnFingerprintKeyId: ssnPrint.keyId,
      showFormerNames: input.showFormerNames ?? true,
      emailOnFile: input.emailOnFile ?? null,
      source: input.source,
    },
    names: [current, ...former],
  };
}
