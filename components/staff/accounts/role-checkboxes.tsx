import { classes, FieldError } from "@/components/ui/field";
import { staffRoleDescriptions, staffRoles, type StaffRole } from "@/lib/staff/roles";

/**
 * The staff roles as GOV.UK checkboxes (one person may hold several): a fieldset whose legend is the
 * question, each role with what it covers as its hint. The first box's id is "roles", so the error
 * summary's link lands on it.
 */
export function RoleCheckboxes({ checked, error, legend = "Roles" }: { checked: readonly string[]; error?: string; legend?: string }) {
  return (
    <fieldset className={classes("mb-6", error && "border-l-4 border-red-700 pl-4")} aria-describedby={error ? "roles-error" : undefined}>
      <legend className="mb-1 font-semibold">{legend}</legend>
      <FieldError id="roles" error={error} />
      <div className="space-y-2">
        {staffRoles.map((role: StaffRole, index) => {
          const id = index === 0 ? "roles" : `roles-${role}`;
          return (
            <div key={role} className="flex items-start gap-3">
              <input
                id={id}
                name="roles"
                type="checkbox"
                value={role}
                defaultChecked={checked.includes(role)}
                aria-describedby={`${id}-hint`}
                className="mt-0.5 size-8 shrink-0 accent-brand-700"
              />
              <div>
                <label htmlFor={id} className="block py-1 font-semibold">
                  {staffRoleDescriptions[role].label}
                </label>
                <div id={`${id}-hint`} className="text-slate-600">
                  {staffRoleDescriptions[role].covers}
                </div>
              </div>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
