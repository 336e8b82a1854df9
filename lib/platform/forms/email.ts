/** How every email address is stored: trimmed and in lower case (the users table enforces it too). */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
