import type { CredentialRank, CredentialStatus } from "@/lib/platform/db/schema/enums";

/** What the dashboard's panels show; shared by the guarded data functions and their queries. */
export type CredentialView = {
  certificateNumber: string;
  typeName: string;
  area: string | null;
  gradeRange: string | null;
  rank: CredentialRank | null;
  status: CredentialStatus;
  effectiveDate: string;
  expirationDate: string | null;
  expiringSoon: boolean;
};

export type NotificationView = { id: string; title: string; body: string; linkPath: string | null; createdAt: Date; read: boolean };

export type AccountHeader = { name: string; unread: number };

export type AccountSummary = { name: string; username: string; emailConfirmed: boolean };
