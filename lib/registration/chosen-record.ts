import "server-only";
import { db } from "@/lib/platform/db/client";
import { formatRecordDate } from "@/lib/platform/dates";
import { readBrowserBinding, readChosenClaim } from "./browser-cookies";
import { readClaim, type ClaimProblem } from "./claims";

export type ChosenRecordView = { firstName: string; lastName: string; dateOfBirth: string };

/**
 * For /register/claim: the record this browser chose with "This is me!", as the read-only fields show
 * it (name and date of birth, which the person typed to find it). The record's id stays on the server.
 */
export async function loadChosenRecord(): Promise<{ ok: true; record: ChosenRecordView } | { ok: false; problem: ClaimProblem }> {
  const claim = await readClaim(db, await readChosenClaim(), await readBrowserBinding());
  if (!claim.ok) return claim;
  const { firstName, lastName, dateOfBirth } = claim.record;
  return { ok: true, record: { firstName, lastName, dateOfBirth: formatRecordDate(dateOfBirth) } };
}
