"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { signInAction } from "@/app/(public)/actions";
import { initialSignInState } from "@/lib/sign-in/form-state";
import { ErrorSummary, Field, type Problem } from "./form-parts";

/** The guide's "Sign In" box: Username, Password, their "Forgot …?" links, and "Login". */
export function SignInForm({ next }: { next?: string }) {
  const [state, action, pending] = useActionState(signInAction, initialSignInState);
  const [showPassword, setShowPassword] = useState(false);
  const problems: Problem[] = [];
  if (state.fieldErrors?.username) problems.push({ field: "username", message: state.fieldErrors.username });
  if (state.fieldErrors?.password) problems.push({ field: "password", message: state.fieldErrors.password });
  if (state.message) problems.push({ field: "username", message: state.message });

  return (
    <form action={action} noValidate className="space-y-4">
      <ErrorSummary problems={problems} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field
        id="username"
        label="Username"
        autoComplete="username"
        autoCapitalize="none"
        spellCheck={false}
        defaultValue={state.username}
        key={`username-${state.username ?? ""}`}
        error={state.fieldErrors?.username}
        extra={<Link href="/forgot-username">Forgot Username?</Link>}
      />
      <Field
        id="password"
        label="Password"
        type={showPassword ? "text" : "password"}
        autoComplete="current-password"
        error={state.fieldErrors?.password}
        extra={<Link href="/forgot-password">Forgot Password?</Link>}
      />
      <div>
        <button
          type="button"
          aria-pressed={showPassword}
          onClick={() => setShowPassword((shown) => !shown)}
          className="text-sm font-semibold text-brand-700 underline underline-offset-2"
        >
          Show password
        </button>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand-700 px-4 py-2 text-lg font-semibold text-white hover:bg-brand-800 disabled:opacity-70"
      >
        <span aria-hidden="true">→ </span>Login
      </button>
      <p role="status" className="sr-only">
        {pending ? "Signing in…" : ""}
      </p>
    </form>
  );
}
