/**
 * Where to go after signing in: only a path on this site (AJS-11). Anything absolute, protocol-
 * relative ("//evil.example"), backslashed ("/\evil.example") or with control characters falls back
 * to the dashboard, so a crafted link cannot bounce a fresh session to another site.
 */
export function safeRedirectPath(value: unknown, fallback = "/dashboard"): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 512) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  if (/[\u0000-\u001f\\]/.test(value)) return fallback;
  try {
    const url = new URL(value, "http://portal.invalid");
    if (url.origin !== "http://portal.invalid") return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
