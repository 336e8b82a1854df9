/**
 * A path inside the portal to send the person back to after a form, or the dashboard. Only
 * "/something" is kept: no scheme, no "//host", no backslash tricks (an open redirect otherwise).
 */
export function safeReturnPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || value.length > 500) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\") || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}
