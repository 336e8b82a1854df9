import "server-only";
import { demoAccounts } from "./demo-accounts";
import { demoPeople, type DemoPerson } from "./demo-people";
import { demoPublicId } from "./seed-demo";

/**
 * What `db:prepare` and `db:seed` print after seeding: who to search for and how to sign in.
 * Passwords are printed only where the accounts exist, i.e. outside production.
 */
export function demoListing(options: { includeAccounts: boolean }): string[] {
  const lines = ["Demo people (no account; find them at /register, or in the public search):"];
  for (const person of demoPeople) {
    lines.push(`  ${fullName(person)}  born ${usDate(person.dateOfBirth)}  SSN ${formatSsn(person.ssn)}  public ID ${demoPublicId(person)}`);
    lines.push(`      ${person.description}`);
  }
  if (!options.includeAccounts) {
    lines.push("Demo accounts: not created in production.");
    return lines;
  }
  lines.push("Demo accounts (sign in at /):");
  for (const account of demoAccounts) {
    lines.push(`  ${account.username.padEnd(10)} password ${account.password}  ${account.email}  (${fullName(account.person)})`);
    lines.push(`      ${account.description}`);
  }
  return lines;
}

function fullName(person: DemoPerson): string {
  const former = person.formerLastNames?.length ? ` (formerly ${person.formerLastNames.join(", ")})` : "";
  return [person.firstName, person.middleName, person.lastName, person.suffix].filter(Boolean).join(" ") + former;
}

function usDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${month}/${day}/${year}`;
}

function formatSsn(ssn: string): string {
  return `${ssn.slice(0, 3)}-${ssn.slice(3, 5)}-${ssn.slice(5)}`;
}
