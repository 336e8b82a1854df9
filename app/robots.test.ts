import { describe, expect, it } from "vitest";
import robots from "./robots";

/** Whether a crawler that follows robots.txt (longest matching rule wins) may fetch `path`. */
function crawlable(path: string): boolean {
  const rules = robots().rules;
  const rule = Array.isArray(rules) ? rules[0]! : rules;
  const longest = (list: string | string[] | undefined) =>
    Math.max(-1, ...[list ?? []].flat().filter((prefix) => path.startsWith(prefix)).map((prefix) => prefix.length));
  return longest(rule.allow) >= longest(rule.disallow);
}

describe("robots.txt (issue 12 item 7)", () => {
  it("lets crawlers index the public search, educators' public pages and the help pages", () => {
    for (const path of ["/", "/search", "/search/KY123456", "/help", "/privacy", "/accessibility"]) expect(crawlable(path), path).toBe(true);
  });

  it("keeps them out of everything private, the API and the registration steps", () => {
    const privatePaths = ["/dashboard", "/profile", "/profile/security", "/requests", "/apply/renewal/1", "/api/health", "/dev/mailbox",
      "/register/claim", "/register/create", "/reset-password", "/search/bulk", "/credentials/123/certificate.pdf"];
    for (const path of privatePaths) expect(crawlable(path), path).toBe(false);
  });
});
