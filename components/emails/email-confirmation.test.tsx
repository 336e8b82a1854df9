import { describe, expect, it } from "vitest";
import { renderEmail } from "@/lib/platform/email/render";
import { EmailConfirmation } from "./email-confirmation";

const confirmUrl = "http://localhost:3000/confirm-email?token=Zx9_token&x=1";

describe("email confirmation template (registration guide wording)", () => {
  it("renders HTML with the guide's sentence, a 'here' link to the confirm URL, and the support lines", async () => {
    const { html } = await renderEmail(<EmailConfirmation name="Ada O'Brien" confirmUrl={confirmUrl} />);
    expect(html).toContain("Please confirm your account by clicking this link:");
    expect(html).toMatch(/<a[^>]*href="http:\/\/localhost:3000\/confirm-email\?token=Zx9_token&amp;x=1"[^>]*>here<\/a>/);
    expect(html).toContain("Kentucky Department of");
    expect(html).toContain("For technical support, contact");
    expect(html).toContain("support@kecs.randasolutions.com");
    expect(html).toContain("KDElicensure@education.ky.gov");
    expect(html).toContain("O&#x27;Brien");
  });

  it("renders a text part that reads well: normal case, the link's address after its text", async () => {
    const { text } = await renderEmail(<EmailConfirmation name="Ada Lovelace" confirmUrl={confirmUrl} />);
    expect(text).toContain("Hello Ada Lovelace,");
    expect(text).toContain(`Please confirm your account by clicking this link: here ${confirmUrl}`);
    expect(text).toContain("For policy related questions, contact KDElicensure@education.ky.gov");
    expect(text).not.toContain("<");
    expect(text).toContain("EDUCATION");
  });
});
