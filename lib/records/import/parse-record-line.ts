import { z } from "zod";
import { addYears } from "@/lib/platform/clock";
import { credentialRank, credentialStatus, type CredentialRank, type CredentialStatus } from "@/lib/platform/db/schema/enums";
import { checkSsn } from "@/lib/platform/security/ssn";
import { credentialColumns, type RecordLineValues } from "./csv-columns";
import { booleanField, dateField, emailField, nameField, nameListField, textField } from "./record-fields";

export type ImportedPerson = {
  firstName: string;
  middleName: string | null;
  lastName: string;
  suffix: string | null;
  formerLastNames: string[];
  dateOfBirth: string;
  ssn: string;
  showFormerNames: boolean;
  emailOnFile: string | null;
};

export type ImportedCredential = {
  typeCode: string;
  certificateNumber: string;
  area: string | null;
  gradeRange: string | null;
  rank: CredentialRank | null;
  status: CredentialStatus;
  effectiveDate: string;
  expirationDate: string | null;
};

export type ParsedRecordLine = { person: ImportedPerson; credential: ImportedCredential | null };

export type LineRules = {
  /** Credential type codes the database knows, upper case. */
  typeCodes: ReadonlySet<string>;
  /** Synthetic 900-999 SSNs: getConfig().ALLOW_TEST_SSNS. */
  allowTestSsns: boolean;
  /** Today, ISO (from lib/platform/clock, so tests can pin it). */
  today: string;
};

/** Youngest plausible educator: a birth date later than this is a swapped or mistyped date. */
const minimumAgeYears = 16;

function personSchema(rules: LineRules) {
  const latestBirth = addYears(rules.today, -minimumAgeYears);
  return z.object({
    first_name: nameField("first_name", { required: true }),
    middle_name: nameField("middle_name", { required: false }),
    last_name: nameField("last_name", { required: true }),
    suffix: nameField("suffix", { required: false, max: 10 }),
    former_last_names: nameListField("former_last_names"),
    date_of_birth: dateField("date_of_birth", true).refine((date) => date === null || date <= latestBirth, {
      message: `date_of_birth is less than ${minimumAgeYears} years ago`,
    }),
    ssn: z.string().transform((raw, context) => {
      if (raw.trim() === "") {
        context.addIssue({ code: "custom", message: "ssn is missing" });
        return z.NEVER;
      }
      const checked = checkSsn(raw, { allowTestArea: rules.allowTestSsns });
      if ("ssn" in checked) return checked.ssn;
      context.addIssue({
        code: "custom",
        message: checked.problem === "format" ? "ssn is not nine digits (123-45-6789 or 123456789)" : "ssn is not a number the SSA issues",
      });
      return z.NEVER;
    }),
    show_former_names: booleanField("show_former_names", true),
    email_on_file: emailField("email_on_file"),
  });
}

const certificatePattern = /^[A-Za-z0-9][A-Za-z0-9./-]{0,39}$/;

function credentialSchema(rules: LineRules) {
  return z
    .object({
      credential_type: z.string().transform((raw, context) => {
        const code = raw.trim().toUpperCase();
        if (code === "") context.addIssue({ code: "custom", message: "credential_type is missing" });
        else if (!rules.typeCodes.has(code)) context.addIssue({ code: "custom", message: "credential_type is not a known credential type code" });
        return code;
      }),
      certificate_number: z.string().transform((raw, context) => {
        const number = raw.trim();
        if (number === "") context.addIssue({ code: "custom", message: "certificate_number is missing" });
        else if (!certificatePattern.test(number)) {
          context.addIssue({ code: "custom", message: "certificate_number must be 1-40 letters, digits, hyphens, periods or slashes" });
        }
        return number;
      }),
      area: textField("area", 100),
      grade_range: textField("grade_range", 40),
      rank: z.string().transform((raw, context) => {
        const rank = raw.trim().toUpperCase().replace(/^RANK\s+/, "");
        if (rank === "") return null;
        if ((credentialRank.enumValues as readonly string[]).includes(rank)) return rank as CredentialRank;
        context.addIssue({ code: "custom", message: "rank must be I, II or III" });
        return z.NEVER;
      }),
      status: z.string().transform((raw, context) => {
        const status = raw.trim().toLowerCase();
        if ((credentialStatus.enumValues as readonly string[]).includes(status)) return status as CredentialStatus;
        context.addIssue({
          code: "custom",
          message: status === "" ? "status is missing" : `status must be one of ${credentialStatus.enumValues.join(", ")}`,
        });
        return z.NEVER;
      }),
      effective_date: dateField("effective_date", true),
      expiration_date: dateField("expiration_date", false),
    })
    .refine((c) => !c.effective_date || !c.expiration_date || c.expiration_date >= c.effective_date, {
      message: "expiration_date is before effective_date",
    });
}

function messages(error: z.ZodError): string[] {
  return error.issues.map((issue) => issue.message);
}

/**
 * Makes the validator for one file's lines (the schemas are built once, not per line). A line names a
 * credential when any credential column holds something; then all of the credential's required
 * columns must. Person and credential are checked separately so that a line with a bad SSN *and* a
 * bad date hears about both.
 */
export function createLineParser(rules: LineRules) {
  const people = personSchema(rules);
  const credentials = credentialSchema(rules);

  return function parseRecordLine(values: RecordLineValues): { line: ParsedRecordLine } | { reasons: string[] } {
    const person = people.safeParse(values);
    const hasCredential = credentialColumns.some((column) => values[column].trim() !== "");
    const credential = hasCredential ? credentials.safeParse(values) : null;
    if (!person.success || (credential && !credential.success)) {
      const reasons = [...(person.error ? messages(person.error) : []), ...(credential?.error ? messages(credential.error) : [])];
      return { reasons: [...new Set(reasons)] };
    }
    const p = person.data;
    const c = credential?.data;
    return {
      line: {
        person: {
          firstName: p.first_name as string,
          middleName: p.middle_name,
          lastName: p.last_name as string,
          suffix: p.suffix,
          formerLastNames: p.former_last_names,
          dateOfBirth: p.date_of_birth as string,
          ssn: p.ssn,
          showFormerNames: p.show_former_names,
          emailOnFile: p.email_on_file,
        },
        credential: c
          ? {
              typeCode: c.credential_type,
              certificateNumber: c.certificate_number,
              area: c.area,
              gradeRange: c.grade_range,
              rank: c.rank,
              status: c.status,
              effectiveDate: c.effective_date as string,
              expirationDate: c.expiration_date,
            }
          : null,
      },
    };
  };
}
