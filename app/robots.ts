import type { MetadataRoute } from "next";

/**
 * Search engines may index the public search, the educators' public pages and the help pages, which
 * is how an employer or a parent finds a certificate. Everything that belongs to a person or a session
 * is disallowed: the pages need a sign-in anyway, but a crawler should not even knock. (A disallow
 * is advice to polite crawlers, never protection: every private page checks who is asking.)
 */
const privatePrefixes = [
  "/dashboard", "/profile", "/notifications", "/requests", "/apply", "/applications", "/credentials", "/staff",
  "/register/", "/sign-in", "/forgot-username", "/forgot-password", "/reset-password", "/confirm-email", "/unlock",
  "/link-microsoft", "/search/bulk", "/search/too-many-requests", "/api/", "/dev/",
];

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: ["/", "/search", "/search/", "/help", "/privacy", "/accessibility", "/support"], disallow: privatePrefixes },
  };
}
