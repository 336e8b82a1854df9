import type { StaffRole } from "./roles";

/**
 * The console's sections and the roles that open each (issue 15 item 2). The navigation shows only
 * what the staff member's roles open; every page and action checks its role again on the server.
 */
export type ConsoleSection = { href: string; label: string; roles: StaffRole[] };

export const consoleSections: ConsoleSection[] = [
  { href: "/staff", label: "Overview", roles: [] },
  { href: "/staff/applications", label: "Applications", roles: ["reviewer"] },
  { href: "/staff/requests", label: "Requests", roles: ["reviewer", "support"] },
  { href: "/staff/records", label: "Records", roles: ["records", "support"] },
  { href: "/staff/announcements", label: "Announcements", roles: ["admin"] },
  { href: "/staff/application-types", label: "Application types", roles: ["admin"] },
  { href: "/staff/audit", label: "Audit log", roles: ["admin", "records"] },
  { href: "/staff/outbox", label: "Email outbox", roles: ["admin", "support"] },
  { href: "/staff/accounts", label: "Staff accounts", roles: ["admin"] },
];

export function sectionsFor(roles: readonly StaffRole[]): ConsoleSection[] {
  return consoleSections.filter((section) => section.roles.length === 0 || section.roles.some((role) => roles.includes(role)));
}
