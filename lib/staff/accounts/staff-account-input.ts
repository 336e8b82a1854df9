import { z } from "zod";
import { normalizeEmail } from "@/lib/platform/forms/email";
import { staffRoles, type StaffRole } from "@/lib/staff/roles";

/**
 * What an administrator (or `npm run staff:add`) types about a staff member. Roles come from the
 * console's fixed list (lib/staff/roles.ts); anything else is refused, never ignored.
 */
const rolesSchema = z
  .array(z.string())
  .transform((values) => [...new Set(values)])
  .pipe(z.array(z.enum(staffRoles as [StaffRole, ...StaffRole[]], { error: "Choose roles from the list" })).min(1, "Choose at least one role"));

export const staffInviteSchema = z.object({
  name: z.string().trim().min(1, "Enter the staff member's full name").max(120, "Full name must be 120 characters or fewer"),
  email: z
    .string()
    .trim()
    .min(1, "Enter the staff member's work email address")
    .max(254, "Email address must be 254 characters or fewer")
    .pipe(z.email({ error: "Enter an email address in the correct format, like name@agency.gov" }))
    .transform(normalizeEmail),
  roles: rolesSchema,
});

export type StaffInviteInput = z.infer<typeof staffInviteSchema>;

export const staffRolesSchema = z.object({ roles: rolesSchema });

/** Reads the invitation form (roles are checkboxes: one value per ticked box). */
export function readStaffInvite(formData: FormData): { name: string; email: string; roles: string[] } {
  const text = (field: string) => {
    const value = formData.get(field);
    return typeof value === "string" ? value : "";
  };
  return { name: text("name"), email: text("email"), roles: readRoles(formData) };
}

export function readRoles(formData: FormData): string[] {
  return formData.getAll("roles").filter((value): value is string => typeof value === "string");
}
