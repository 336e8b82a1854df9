import "server-only";
import type { SeedSummary } from "./seed-database";

/** The closing lines of a seed run: what was added, what was already there. */
export function seedReport(summary: SeedSummary, requested: number): string[] {
  const { added } = summary;
  const n = (value: number) => value.toLocaleString("en-US");
  const lines = [
    `Seeded in ${summary.seconds.toFixed(1)} s: ${n(added.educators)} educators added ` +
      `(${n(summary.alreadyPresent)} of ${n(requested)} synthetic ones were already present; ${summary.demoPeopleAdded} demo people added).`,
    `  rows added: ${n(added.names)} names, ${n(added.credentials)} credentials, ${n(added.endorsements)} endorsements, ` +
      `${n(added.testScores)} test scores, ${n(added.actions)} public actions, ${n(added.users)} bulk accounts, ` +
      `${n(added.notifications)} notifications, ${summary.announcementsAdded} announcements.`,
  ];
  if (summary.demoAccounts.refused) lines.push("  demo accounts: refused (production).");
  else lines.push(`  demo accounts: ${summary.demoAccounts.created} created.`);
  return lines;
}
