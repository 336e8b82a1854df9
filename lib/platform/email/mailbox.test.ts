import { afterEach, describe, expect, it } from "vitest";
import { emailConfirmationMessage } from "@/components/emails/email-confirmation";
import { advanceClock, restoreTestEnv, setClock, useTestEnv } from "@/lib/tooling/testing/test-env";
import { db } from "@/lib/platform/db/client";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { getMailboxMessage, linksIn, listMailbox } from "./mailbox";
import { enqueueEmail } from "./outbox";

provideTestDatabase();

afterEach(restoreTestEnv);

const confirmUrl = "http://localhost:3000/confirm-email?token=abc&next=%2Fdashboard";

describe("the dev mailbox reads the outbox in mailbox mode only", () => {
  it("lists newest first, filters by recipient case-insensitively, and opens a message with its links", async () => {
    setClock(new Date("2026-11-29T10:00:00Z"));
    const older = await enqueueEmail(db, emailConfirmationMessage("Ada@Example.org", { name: "Ada", confirmUrl }));
    advanceClock(1000);
    const newer = await enqueueEmail(db, emailConfirmationMessage("ada@example.org", { name: "Ada", confirmUrl }));
    await enqueueEmail(db, emailConfirmationMessage("bo@example.org", { name: "Bo", confirmUrl }));

    const mine = await listMailbox({ to: " ADA@example.org " });
    expect(mine.map((m) => m.id)).toEqual([newer, older]);
    expect(mine[0]).toMatchObject({ subject: "Confirm your email address", template: "email-confirmation", status: "pending" });
    expect(await listMailbox()).toHaveLength(3);

    const message = await getMailboxMessage(newer);
    expect(message?.text).toContain("Please confirm your account by clicking this link: here");
    expect(message?.links[0]).toEqual({ name: "here", href: confirmUrl });
    expect(message?.links.map((l) => l.href)).toContain("mailto:support@kecs.randasolutions.com");
  });

  it("answers nothing for unknown or malformed ids", async () => {
    expect(await getMailboxMessage("00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await getMailboxMessage("not-a-uuid' or 1=1 --")).toBeNull();
  });

  it("shows nothing when email really leaves the machine (EMAIL_TRANSPORT=resend)", async () => {
    const id = await enqueueEmail(db, emailConfirmationMessage("cy@example.org", { name: "Cy", confirmUrl }));
    useTestEnv({ EMAIL_TRANSPORT: "resend", RESEND_API_KEY: "re_test_key" });
    expect(await listMailbox()).toEqual([]);
    expect(await getMailboxMessage(id)).toBeNull();
  });
});

describe("linksIn", () => {
  it("decodes entities, strips markup from the text, and keeps only web and mailto links", () => {
    const html = `<a href="https://x.test/a?b=1&amp;c=2" style="color:red"><span>Reset <!-- -->now</span></a><a href="javascript:alert(1)">bad</a><a href="mailto:s@x.test">s@x.test</a>`;
    expect(linksIn(html)).toEqual([
      { name: "Reset now", href: "https://x.test/a?b=1&c=2" },
      { name: "s@x.test", href: "mailto:s@x.test" },
    ]);
  });
});
