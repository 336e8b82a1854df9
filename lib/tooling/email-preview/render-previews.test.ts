import { describe, expect, it } from "vitest";
import { indexPage, renderAllPreviews, templateNames } from "./render-previews";

describe("npm run email:dev (issue 12 item 7)", () => {
  it("renders every template in components/emails with its own preview props", async () => {
    const names = templateNames();
    expect(names).toContain("renewal-reminder");
    expect(names).toContain("password-reset");
    const previews = await renderAllPreviews();
    for (const { name, rendered } of previews) {
      expect(rendered.html, name).toMatch(/^<!DOCTYPE html/i);
      expect(rendered.text.length, name).toBeGreaterThan(50);
    }
    const reminder = previews.find((preview) => preview.name === "renewal-reminder")!;
    expect(reminder.rendered.text).toContain("certificate KY1234567, expires on 02/28/2027 (in 90 days)");
    expect(indexPage(previews)).toContain('<a href="/renewal-reminder.html">renewal-reminder</a>');
  });
});
