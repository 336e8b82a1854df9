/** The sign-in box's state between submissions (never holds the password). */
export type SignInFormState = {
  status: "idle" | "error";
  message?: string;
  fieldErrors?: { username?: string; password?: string };
  username?: string;
};

export const initialSignInState: SignInFormState = { status: "idle" };
