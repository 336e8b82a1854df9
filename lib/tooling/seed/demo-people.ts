import type { CredentialRank, CredentialStatus } from "@/lib/platform/db/schema";

/**
 * The named demo people: fixed on every run and in every environment, so the README, the e2e tests
 * and a person trying the portal can rely on them. Plain data (no server imports), so Playwright and
 * docs tooling can import it. SSNs are in area 987, which the bulk seed never uses; dates of birth are
 * fixed because people type them, while certificate dates are offsets from the day the seed runs.
 */

/** An offset from the seed's "today": `{ years: -5, days: 45 }` is five years ago plus 45 days. */
export type DateOffset = { years?: number; days?: number };

export type DemoCredential = {
  certificateNumber: string;
  /** A code from lib/credentials/credential-types.ts; the grade range comes from that definition. */
  type: string;
  area: string;
  rank: CredentialRank | null;
  status: CredentialStatus;
  effective: DateOffset;
  expires: DateOffset | null;
  /** When the status last changed; defaults to the effective date (or the expiry, for expired ones). */
  statusChanged?: DateOffset;
  endorsements?: { name: string; effective: DateOffset }[];
  publicAction?: { type: "reprimand" | "suspension" | "revocation"; date: DateOffset; until?: DateOffset; summary: string };
};

export type DemoTestScore = { code: string; name: string; score: number; passing: number; taken: DateOffset };

export type DemoPerson = {
  key: string;
  firstName: string;
  middleName?: string;
  lastName: string;
  suffix?: string;
  formerLastNames?: string[];
  showFormerNames?: boolean;
  /** YYYY-MM-DD */
  dateOfBirth: string;
  /** Nine digits, area 987 (never issued by the SSA). */
  ssn: string;
  /** The agency's address on file (educators.email_on_file): warned when the record is claimed after failed searches. */
  emailOnFile?: string;
  /** What this person lets you try. */
  description: string;
  credentials: DemoCredential[];
  testScores?: DemoTestScore[];
};

/** People with a record and no account: the ones to find and claim at /register. */
export const demoPeople: DemoPerson[] = [
  {
    key: "end-d-user",
    firstName: "End",
    middleName: "D",
    lastName: "User",
    dateOfBirth: "1947-03-01",
    ssn: "987654321",
    emailOnFile: "end.user@example.org",
    description: "The registration guide's person: no account and no active credential (one long-expired certificate and a Praxis score). Search, claim with \"This is me!\", register.",
    credentials: [
      { certificateNumber: "90000001", type: "PROF-ELEM", area: "Elementary Education", rank: "II", status: "expired", effective: { years: -30 }, expires: { years: -25 } },
    ],
    testScores: [{ code: "0011", name: "Praxis Elementary Education: Curriculum, Instruction, and Assessment", score: 172, passing: 164, taken: { years: -31 } }],
  },
  {
    key: "sarah-mitchell",
    firstName: "Sarah",
    middleName: "Elizabeth",
    lastName: "Mitchell",
    formerLastNames: ["Thompson"],
    dateOfBirth: "1985-06-14",
    ssn: "987201101",
    emailOnFile: "sarah.mitchell@example.org",
    description: "Current last name Mitchell, former (maiden) name Thompson, shown publicly: found by either last name in the account search and the public search.",
    credentials: [
      { certificateNumber: "90000011", type: "PROVISIONAL", area: "Mathematics", rank: null, status: "expired", effective: { years: -15 }, expires: { years: -14 } },
      { certificateNumber: "90000012", type: "PROF-MID", area: "Mathematics", rank: "II", status: "active", effective: { years: -2, days: -40 }, expires: { years: 3, days: -40 } },
    ],
    testScores: [{ code: "5169", name: "Praxis Middle School Mathematics", score: 171, passing: 165, taken: { years: -15, days: -60 } }],
  },
  {
    key: "jose-nunez",
    firstName: "José",
    middleName: "Luis",
    lastName: "Núñez",
    dateOfBirth: "1979-11-02",
    ssn: "987201102",
    description: "Accented name: \"Jose Nunez\", \"JOSÉ NÚÑEZ\" and \"jose nunez\" all find him.",
    credentials: [
      {
        certificateNumber: "90000021", type: "PROF-P12", area: "World Languages", rank: "I", status: "active",
        effective: { years: -3, days: -10 }, expires: { years: 2, days: -10 },
        endorsements: [{ name: "English as a Second Language", effective: { years: -1, days: -100 } }],
      },
    ],
    testScores: [{ code: "5195", name: "Praxis Spanish: World Language", score: 184, passing: 168, taken: { years: -20 } }],
  },
  {
    key: "kathleen-obrien-walsh",
    firstName: "Kathleen",
    middleName: "Marie",
    lastName: "O'Brien-Walsh",
    dateOfBirth: "1990-09-23",
    ssn: "987201103",
    description: "Apostrophe and hyphen: \"OBrien Walsh\", \"o'brien-walsh\" and \"O Brien Walsh\" all find her.",
    credentials: [
      { certificateNumber: "90000031", type: "PROF-ELEM", area: "Elementary Education", rank: "III", status: "active", effective: { years: -1, days: -200 }, expires: { years: 4, days: -200 } },
    ],
  },
  {
    key: "rebecca-park",
    firstName: "Rebecca",
    middleName: "Jane",
    lastName: "Park",
    formerLastNames: ["Holloway"],
    showFormerNames: false,
    dateOfBirth: "1982-04-30",
    ssn: "987201104",
    description: "Former name Holloway hidden from the public (show_former_names = false): the account search still finds her by it, the public search shows only \"Park\".",
    credentials: [
      { certificateNumber: "90000041", type: "PROF-HS", area: "English", rank: "II", status: "expired", effective: { years: -17 }, expires: { years: -12 } },
      { certificateNumber: "90000042", type: "COUNSELOR", area: "School Counselor", rank: "I", status: "active", effective: { years: -4 }, expires: { years: 1 } },
    ],
  },
];
