import type { CredentialStatus, DisciplinaryActionType } from "@/lib/platform/db/schema";

/**
 * What the public search and an educator's public page may show (licensure-domain.md §5). Built
 * from an explicit column list in the queries, so a date of birth, an SSN (any digit of it) or a
 * contact detail has no field to travel in (RL-13).
 */
export type PublicName = { firstName: string; middleName: string | null; lastName: string; suffix: string | null };

export type CredentialSummary = {
  certificateNumber: string;
  typeName: string;
  area: string | null;
  status: CredentialStatus;
  expirationDate: string | null;
};

export type SearchResultRow = {
  publicId: string;
  name: PublicName;
  /** Former last names, only when the record lets them be shown. */
  formerLastNames: string[];
  credentials: CredentialSummary[];
  hasPublicAction: boolean;
};

export type SearchResults = {
  rows: SearchResultRow[];
  /** Matches counted up to `maxResults + 1`; above `maxResults` the page says "more than 1,000". */
  total: number;
  page: number;
  pageSize: number;
};

export type PublicCredential = CredentialSummary & {
  gradeRange: string | null;
  rank: "I" | "II" | "III" | null;
  effectiveDate: string;
  endorsements: { name: string; effectiveDate: string }[];
};

export type PublicAction = {
  actionType: DisciplinaryActionType;
  actionDate: string;
  effectiveFrom: string | null;
  effectiveUntil: string | null;
  summary: string;
  orderUrl: string | null;
  /** The certificate the action concerns, when it concerns one. */
  certificateNumber: string | null;
};

export type EducatorProfile = {
  publicId: string;
  name: PublicName;
  formerLastNames: string[];
  credentials: PublicCredential[];
  actions: PublicAction[];
};

/** One uploaded row's outcome in bulk verification. */
export type BulkVerification = {
  row: number;
  /** The identifier as uploaded (trimmed, at most 40 characters). */
  input: string;
  outcome: "found" | "not-found" | "invalid";
  publicId?: string;
  name?: PublicName;
  credentials: CredentialSummary[];
  hasPublicAction?: boolean;
};
