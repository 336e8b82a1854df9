import type { DemoPerson } from "./demo-people";

/**
 * Demo accounts with published passwords: created only outside production (seed-demo.ts refuses them
 * when NODE_ENV is production). Passwords follow the portal's rule (15+ characters with upper, lower,
 * digit and special; not the username; none of "kentucky", "educator", "password"). Plain data, so
 * e2e tests and the README can import it.
 */
export type DemoAccount = {
  username: string;
  password: string;
  /** Stored as written: already lower case, as the users table requires. */
  email: string;
  emailVerified: boolean;
  description: string;
  person: DemoPerson;
  /** Extra agency messages for the feed, besides those the credentials produce. */
  agencyMessages: { title: string; body: string; daysAgo: number; read: boolean }[];
};

export const demoAccounts: DemoAccount[] = [
  {
    username: "mcaldwell",
    password: "Violet-Harbor-Lantern-58!",
    email: "margaret.caldwell@example.org",
    emailVerified: true,
    description: "Established account with certificates in every status (active with endorsements, expired, suspended with a public action, surrendered) and a feed of notifications.",
    agencyMessages: [{ title: "Renewal applications are open", body: "You can now apply to renew a certificate online.", daysAgo: 12, read: false }],
    person: {
      key: "margaret-caldwell",
      firstName: "Margaret",
      middleName: "Ann",
      lastName: "Caldwell",
      formerLastNames: ["Sizemore"],
      dateOfBirth: "1976-08-19",
      ssn: "987302201",
      description: "Demo account mcaldwell.",
      credentials: [
        {
          certificateNumber: "90000101", type: "PROF-HS", area: "Mathematics", rank: "I", status: "active",
          effective: { years: -2, days: -15 }, expires: { years: 3, days: -15 },
          endorsements: [
            { name: "Computer Science", effective: { years: -1, days: -30 } },
            { name: "Teacher Leader", effective: { days: -200 } },
          ],
        },
        { certificateNumber: "90000102", type: "PRINCIPAL", area: "School Principal", rank: "I", status: "active", effective: { days: -20 }, expires: { years: 5, days: -20 } },
        { certificateNumber: "90000103", type: "PROVISIONAL", area: "Mathematics", rank: null, status: "expired", effective: { years: -24 }, expires: { years: -23 } },
        { certificateNumber: "90000104", type: "PROF-MID", area: "Mathematics", rank: "II", status: "expired", effective: { years: -13 }, expires: { years: -8 } },
        {
          certificateNumber: "90000105", type: "CTE", area: "Business and Marketing", rank: "II", status: "suspended",
          effective: { years: -4 }, expires: { years: 1 }, statusChanged: { days: -120 },
          publicAction: { type: "suspension", date: { days: -120 }, until: { days: 245 }, summary: "Certificate suspended for one year for a breach of state testing security." },
        },
        { certificateNumber: "90000106", type: "SUB-5YR", area: "Substitute Teaching", rank: null, status: "surrendered", effective: { years: -26 }, expires: { years: -21 }, statusChanged: { years: -24 } },
      ],
      testScores: [
        { code: "5161", name: "Praxis Mathematics", score: 176, passing: 160, taken: { years: -24, days: -90 } },
        { code: "6990", name: "Praxis School Leaders Licensure Assessment", score: 168, passing: 151, taken: { years: -1 } },
      ],
    },
  },
  {
    username: "bwhitaker",
    password: "Copper-Meadow-Falcon-31#",
    email: "brandon.whitaker@example.com",
    emailVerified: true,
    description: "Active certificate expiring in 45 days: the dashboard's renewal reminder and an \"expiring\" notification. Name with a suffix (Jr.).",
    agencyMessages: [],
    person: {
      key: "brandon-whitaker",
      firstName: "Brandon",
      middleName: "Lee",
      lastName: "Whitaker",
      suffix: "Jr.",
      dateOfBirth: "1988-02-11",
      ssn: "987302202",
      description: "Demo account bwhitaker.",
      credentials: [
        { certificateNumber: "90000111", type: "SOE", area: "Elementary Education", rank: null, status: "expired", effective: { years: -11 }, expires: { years: -6 } },
        { certificateNumber: "90000112", type: "PROF-ELEM", area: "Elementary Education", rank: "II", status: "active", effective: { years: -5, days: 45 }, expires: { days: 45 } },
      ],
      testScores: [{ code: "5001", name: "Praxis Elementary Education: Multiple Subjects", score: 165, passing: 157, taken: { years: -11, days: -60 } }],
    },
  },
  {
    username: "praman",
    password: "Quiet-Orchard-Ember-74$",
    email: "priya.raman@example.org",
    emailVerified: false,
    description: "New account, no credentials, email not yet confirmed: the dashboard's empty state and the confirm-email banner.",
    agencyMessages: [{ title: "Welcome to the portal", body: "Confirm your email address to receive certificate notices.", daysAgo: 0, read: false }],
    person: {
      key: "priya-raman",
      firstName: "Priya",
      lastName: "Raman",
      dateOfBirth: "1998-07-05",
      ssn: "987302203",
      description: "Demo account praman.",
      credentials: [],
    },
  },
];
