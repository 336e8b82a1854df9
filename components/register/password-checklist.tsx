"use client";

/**
 * The guide's password rule as a live checklist under the password field. A visual aid only: the
 * server enforces the whole rule (length, character kinds, common passwords, strength, personal
 * words). Not a live region: announcing every keystroke would drown a screen reader.
 */
const rules: { label: string; test: (password: string) => boolean }[] = [
  { label: "At least 15 characters (and no more than 128)", test: (p) => [...p].length >= 15 && [...p].length <= 128 },
  { label: "An uppercase letter", test: (p) => /\p{Lu}/u.test(p) },
  { label: "A lowercase letter", test: (p) => /\p{Ll}/u.test(p) },
  { label: "A number", test: (p) => /\p{Nd}/u.test(p) },
  { label: "A special character (!, @, #, $, etc)", test: (p) => /[^\p{L}\p{N}\s]/u.test(p) },
];

export function PasswordChecklist({ password, confirmPassword }: { password: string; confirmPassword: string }) {
  const items = [...rules.map((rule) => ({ label: rule.label, met: rule.test(password) })), { label: "Both passwords match", met: password !== "" && password === confirmPassword }];
  return (
    <div className="-mt-3 mb-6 border-l-4 border-slate-300 pl-4">
      <p id="password-rules" className="mb-1 text-slate-700">
        Your password must have:
      </p>
      <ul className="space-y-1 text-sm" aria-describedby="password-rules">
        {items.map((item) => (
          <li key={item.label} className={item.met ? "text-green-800" : "text-slate-700"}>
            <span aria-hidden="true" className="inline-block w-5 font-bold">
              {item.met ? "✓" : "•"}
            </span>
            {item.label}
            <span className="sr-only">{item.met ? " (done)" : " (not yet)"}</span>
          </li>
        ))}
      </ul>
      <p className="mt-1 text-sm text-slate-600">It must also not be a common password or contain your username, email or name.</p>
    </div>
  );
}
