// `npm run staff:add -- --email rosa@agency.gov --name "Rosa Diaz" --role admin [--role reviewer]`:
// creates a staff console account (issue 15 item 1) and issues its enrolment link (72 hours, single
// use), queued by email through the outbox AND printed here, because the first administrator may be
// added before mail works. Whoever runs it holds the database already, so no console role is asked.
// Roles: reviewer, support, records, admin (lib/staff/roles.ts). Exit status 0, or 1 when refused.
// The link is a credential: pass it to the person directly; it is never written to a log by the portal.
import "./load-env";
import { parseArgs } from "node:util";
import { recordAudit } from "@/lib/platform/audit/audit-log";
import { closeDatabase, db } from "@/lib/platform/db/client";
import { fieldErrorsOf } from "@/lib/platform/forms/action-state";
import { addStaffMember } from "@/lib/staff/accounts/add-staff-member";
import { staffInviteSchema } from "@/lib/staff/accounts/staff-account-input";
import { enrolmentLinkHours } from "@/lib/staff/invitations/enrolment-links";
import { staffRoles } from "@/lib/staff/roles";

const usage = `Usage: npm run staff:add -- --email <address> --name "<full name>" --role <${staffRoles.join("|")}> [--role …]`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", multiple: true } },
    strict: true,
  });
  const parsed = staffInviteSchema.safeParse({ email: values.email ?? "", name: values.name ?? "", roles: values.role ?? [] });
  if (!parsed.success) {
    for (const [field, message] of Object.entries(fieldErrorsOf(parsed.error))) console.error(`--${field === "roles" ? "role" : field}: ${message}`);
    console.error(usage);
    return 1;
  }
  const added = await db.transaction(async (tx) => {
    const result = await addStaffMember(tx, parsed.data);
    if (result.ok) {
      await recordAudit({ event: "staff.account-added", outcome: "success", details: { targetStaffId: result.staffId, roles: parsed.data.roles.join(","), via: "staff:add" } }, tx);
    }
    return result;
  });
  if (!added.ok) {
    console.error(`A staff account with the email ${parsed.data.email} already exists. An administrator can send a new enrolment link from /staff/accounts.`);
    return 1;
  }
  console.log(`Added staff member ${parsed.data.name} <${parsed.data.email}> with the roles: ${parsed.data.roles.join(", ")}.`);
  console.log(`The enrolment link was queued by email. It works once, for ${enrolmentLinkHours} hours; if the email does not arrive, give them this link directly:`);
  console.log(added.enrolUrl);
  return 0;
}

main()
  .then(async (code) => {
    await closeDatabase();
    process.exit(code);
  })
  .catch(async (error: unknown) => {
    console.error("staff:add failed:", error instanceof Error ? error.message : error);
    console.error(usage);
    await closeDatabase().catch(() => {});
    process.exit(1);
  });
