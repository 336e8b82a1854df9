import "server-only";

export type QuickLink = { label: string; href: string; external: boolean };

/** The portal's own quick links (the list); the agency adds its own after them. */
const portalLinks: QuickLink[] = [
  { label: "Profile", href: "/profile", external: false },
  { label: "Public Search", href: "/search", external: false },
  { label: "Online Support Form", href: "/support", external: false },
  { label: "Change password", href: "/profile#change-password", external: false },
  { label: "Notifications", href: "/notifications", external: false },
];

/**
 * AGENCY_QUICK_LINKS: "Label|https://…" entries separated by ";" (not a secret, so read like the
 * branding). Entries that are not http(s) URLs are ignored rather than rendered as links.
 */
export function agencyQuickLinks(raw = process.env.AGENCY_QUICK_LINKS ?? ""): QuickLink[] {
  return raw
    .split(";")
    .map((entry) => entry.split("|").map((part) => part.trim()))
    .filter((parts): parts is [string, string] => parts.length === 2 && Boolean(parts[0]) && /^https?:\/\/[^\s"<>]+$/.test(parts[1] ?? ""))
    .map(([label, href]) => ({ label, href, external: true }));
}

export function quickLinks(): QuickLink[] {
  return [...portalLinks, ...agencyQuickLinks()];
}
