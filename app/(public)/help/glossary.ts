/**
 * The words educators meet on this portal and on their certificates, in alphabetical order. Kentucky's
 * vocabulary (the default agency's forms and ranks); an agency with other forms edits this list.
 */
export const glossary: { term: string; id: string; meaning: string }[] = [
  { term: "CA-1", id: "ca-1", meaning: "The application form for a new certificate, an added area or endorsement, or a rank change." },
  { term: "CA-2", id: "ca-2", meaning: "The application form to renew a certificate that is about to expire or has expired." },
  {
    term: "Certificate number",
    id: "certificate-number",
    meaning: "The number printed on one certificate. Each certificate you hold has its own.",
  },
  {
    term: "Educator ID",
    id: "educator-id",
    meaning: "Your public identifier, shown on the public search and on printouts. It is not your Social Security number and is not made from it.",
  },
  {
    term: "Emeritus certificate",
    id: "emeritus",
    meaning: "A certificate for retired educators who want to keep teaching part time or as substitutes.",
  },
  {
    term: "Endorsement",
    id: "endorsement",
    meaning: "An area added to an existing certificate (for example English as a Second Language), which lets you teach that area too.",
  },
  {
    term: "Expiration date",
    id: "expiration-date",
    meaning: "The last day a certificate is valid. We email you 90, 30 and 7 days before it, unless you turn those reminders off.",
  },
  {
    term: "Professional certificate",
    id: "professional-certificate",
    meaning: "The standard teaching certificate, usually valid for five years and renewed on experience or graduate study.",
  },
  {
    term: "Provisional certificate",
    id: "provisional",
    meaning: "A short-term certificate (usually one year) held while you finish an internship or other requirement.",
  },
  {
    term: "Rank",
    id: "rank",
    meaning:
      "Your salary classification: Rank III with a bachelor's degree, Rank II with a master's or equivalent, Rank I with 30 hours beyond a master's or National Board certification.",
  },
  {
    term: "Statement of Eligibility",
    id: "statement-of-eligibility",
    meaning: "A document saying you qualify for a certificate, used before you are hired; the certificate follows once you are.",
  },
  {
    term: "Status",
    id: "status",
    meaning: "Whether a credential is active, expired, suspended, revoked or surrendered. The public search shows it as of today.",
  },
];
