/** The reset form's state: field errors only (passwords are never sent back). */
export type ResetFormState = {
  status: "idle" | "error" | "invalid-link";
  fieldErrors?: { password?: string; confirmPassword?: string };
};

export const initialResetState: ResetFormState = { status: "idle" };
