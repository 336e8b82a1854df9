import type { Page } from "@playwright/test";
import { readCertificatePdf } from "../lib/credentials/certificate-reader";
import { expect, onVariantServer, test } from "./fixtures";
import { expectNoAxeViolationsAtBothWidths } from "./support/axe";
import { shootAtBothWidths } from "./support/screenshots";
import { signInAsStaff } from "./support/staff";

/**
 * Issue 15's first "Done when", across both sides: bwhitaker's renewal is assigned by a reviewer, a
 * checklist item marked received and information requested; he answers with a message and a file;
 * the reviewer recommends and a second staff member approves (the two-person rule on renewals); he
 * sees the new expiration date, a notification and an email, downloads the certificate PDF (its text
 * and its QR code decoded from the image), and the public search shows the new date. Its own server
 * and database: the approval moves his certificate out of the renewal window other specs rely on.
 */
onVariantServer({});

const pdf = (name: string) => ({ name, mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") });

/** His certificate 90000112 expires 45 days after the seed ran; a renewal runs five years from then. */
function renewedExpiration(): Date {
  const date = new Date();
  date.setUTCHours(0, 0, 0, 0);
  date.setUTCDate(date.getUTCDate() + 45);
  date.setUTCFullYear(date.getUTCFullYear() + 5);
  return date;
}
const longDate = (date: Date) => new Intl.DateTimeFormat("en-US", { month: "long", day: "numeric", year: "numeric", timeZone: "UTC" }).format(date);
const recordDate = (date: Date) => new Intl.DateTimeFormat("en-US", { month: "2-digit", day: "2-digit", year: "numeric", timeZone: "UTC" }).format(date);

async function checked(page: Page, name: string) {
  await expectNoAxeViolationsAtBothWidths(page);
  await shootAtBothWidths(page, `staff-applications-${name}`);
}

/** bwhitaker's renewal through the wizard, fee paid on the test checkout; returns the reference. */
async function submitRenewal(page: Page, password: string): Promise<string> {
  const save = () => page.getByRole("button", { name: "Save and continue" }).click();
  await page.goto("/apply/renewal/eligibility");
  await page.getByLabel(/90000112/).check();
  await save();
  await page.getByLabel("Yes").check();
  await save();
  await page.getByLabel("District or school where you worked most recently").fill("Fayette County Public Schools");
  await page.getByLabel("Years of teaching experience during this certificate").fill("5");
  await page.getByLabel("Hours of professional development during this certificate").fill("30");
  await save();
  await expect(page).toHaveURL(/\/apply\/renewal\/character$/);
  for (const group of await page.getByRole("main").getByRole("group").all()) await group.getByLabel("No").check();
  await save();
  await page.getByLabel(/Upload evidence of professional development/).setInputFiles(pdf("professional-development.pdf"));
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByRole("link", { name: "professional-development.pdf" })).toBeVisible();
  await save();
  await page.getByRole("button", { name: "Continue to sign" }).click();
  await page.getByLabel(/I declare/).check();
  await page.getByLabel("Type your full legal name to sign").fill("Brandon Lee Whitaker Jr.");
  await page.getByLabel("Your password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign and continue" }).click();
  await page.getByRole("button", { name: "Pay and submit" }).click();
  await page.getByRole("button", { name: "Approve payment" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Application submitted" })).toBeVisible();
  return (await page.getByRole("main").getByText(/^AP-/).innerText()).trim();
}

test("bwhitaker's renewal: assigned, item received, information requested and answered, recommended and approved by a second reviewer; new date, notification, email, certificate PDF with QR, public search", async ({ page, signInAs, mailbox, newPage, baseURL }) => {
  test.setTimeout(300_000);
  const brandon = await signInAs("bwhitaker");
  const reference = await submitRenewal(page, brandon.password);

  // The reviewer finds it in the queue (unassigned renewals, oldest first) and takes it.
  const rosa = await newPage();
  await signInAsStaff(rosa, "reviewer");
  await rosa.goto("/staff/applications?type=renewal&assignee=unassigned");
  await expect(rosa.getByRole("heading", { level: 1, name: "Applications queue" })).toBeVisible();
  const row = rosa.getByRole("row", { name: new RegExp(reference) });
  await expect(row).toContainText("Brandon Whitaker Jr.");
  await expect(row).toContainText("Submitted");
  await checked(rosa, "queue");
  await row.getByRole("button", { name: `Assign to me ${reference}` }).click();
  // Assigning opens the application with a notice; in the queue it is now hers ("Assigned to me").
  await expect(rosa.getByRole("alert", { name: "You are now the reviewer of this application." })).toBeVisible();
  // Said once: the address drops ?done=, so a reload does not announce it again.
  await expect(rosa).not.toHaveURL(/done=/);
  await rosa.reload();
  await expect(rosa.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(rosa.getByRole("alert", { name: "You are now the reviewer of this application." })).toHaveCount(0);
  await expect(rosa.getByRole("heading", { level: 1, name: `Renew a certificate: ${reference}` })).toBeVisible();
  await rosa.goto("/staff/applications?assignee=me");
  await expect(rosa.getByRole("row", { name: new RegExp(reference) })).toContainText("In review");
  await expect(rosa.getByRole("row", { name: new RegExp(reference) })).toContainText("You");
  await rosa.getByRole("link", { name: reference }).click();
  await expect(rosa.getByText("Assigned to: You.")).toBeVisible();
  await expect(rosa.getByRole("main")).toContainText("Fayette County Public Schools");
  await checked(rosa, "application");
  // The document opens in the browser (inline), for the reviewer only.
  const documentLink = rosa.getByRole("link", { name: /professional-development\.pdf/ });
  const file = await rosa.request.get((await documentLink.getAttribute("href"))!);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect(file.headers()["content-disposition"]).toMatch(/^inline/);
  expect((await page.request.get((await documentLink.getAttribute("href"))!, { maxRedirects: 0 })).status(), "an educator's session gets no staff file").not.toBe(200);

  await rosa.getByRole("button", { name: "Mark received Verification of experience" }).click();
  await expect(rosa.getByRole("alert", { name: "The item is marked received." })).toBeVisible();
  await expect(rosa.getByRole("region", { name: "Checklist" }).getByRole("listitem").filter({ hasText: "Verification of experience" })).toContainText("Received");
  await expect(rosa.getByRole("button", { name: "Mark received Verification of experience" })).toHaveCount(0);

  // Request information: an empty message is refused the GOV.UK way, then sent.
  await rosa.getByRole("button", { name: "Request information" }).click();
  await expect(rosa.getByRole("alert").getByRole("link", { name: "Enter what you need from the educator" })).toBeVisible();
  await checked(rosa, "request-error");
  await rosa.getByLabel("What do you need from the educator?").fill("Please send your district's letter confirming your five years of experience.");
  await rosa.getByRole("button", { name: "Request information" }).click();
  await expect(rosa.getByRole("alert", { name: "Your request for information was sent to the educator." })).toBeVisible();
  await expect(rosa.getByText("Waiting for the educator's answer.")).toBeVisible();

  // He reads the request and answers with a message and a file; it goes back into review.
  await page.goto(`/applications/${reference}`);
  await expect(page.getByRole("heading", { name: "Status: Information requested" })).toBeVisible();
  await expect(page.getByText("Please send your district's letter confirming your five years of experience.").first()).toBeVisible();
  await page.getByLabel("Upload a file").setInputFiles(pdf("district-letter.pdf"));
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByRole("link", { name: "district-letter.pdf" }).first()).toBeVisible();
  await page.getByRole("textbox", { name: "Your answer" }).fill("The letter from Fayette County is attached.");
  await page.getByRole("button", { name: "Send your answer" }).click();
  await expect(page.getByRole("heading", { name: "Status: In review" })).toBeVisible();

  // The reviewer sees the answer and the file, and recommends; she cannot approve her own recommendation.
  await rosa.goto(`/staff/applications/${reference}`);
  await expect(rosa.getByRole("main")).toContainText("The letter from Fayette County is attached.");
  await expect(rosa.getByRole("link", { name: /district-letter\.pdf/ })).toBeVisible();
  await rosa.getByRole("button", { name: "Recommend approval" }).click();
  await expect(rosa.getByRole("alert", { name: "You recommended approval. A second reviewer approves it." })).toBeVisible();
  await expect(rosa.getByText(/You recommended approval on .*A second reviewer must approve it\./)).toBeVisible();
  await expect(rosa.getByRole("button", { name: "Approve and issue" })).toHaveCount(0);

  // A second reviewer approves.
  const abel = await newPage();
  await signInAsStaff(abel, "approver");
  await abel.goto(`/staff/applications/${reference}`);
  await expect(abel.getByText(/Recommended for approval by /)).toBeVisible();
  await checked(abel, "approve");
  await abel.getByRole("button", { name: "Approve and issue" }).click();
  await expect(abel.getByRole("alert", { name: /The application is approved/ })).toBeVisible();
  await expect(abel.getByText("This application is approved; there is nothing more to decide.")).toBeVisible();
  await checked(abel, "approved");

  // He sees the new date, the notification and the email.
  const renewed = renewedExpiration();
  await page.goto("/dashboard");
  const credentials = page.getByRole("region", { name: "Credentials" });
  await expect(credentials).toContainText(recordDate(renewed));
  await expect(page.getByRole("region", { name: "Activity Feed" })).toContainText(`Application ${reference}: Approved`);
  const email = await mailbox.latestTo(brandon.email, 10_000, `Your application ${reference}: Approved`);
  expect(email.text.replace(/\s+/g, " ")).toContain(`Certificate 90000112 is renewed until ${longDate(renewed)}`);

  // The certificate PDF: his name, the certificate, the new date, and a QR code to the public page.
  await page.goto("/dashboard");
  const download = page.getByRole("link", { name: "Download certificate (PDF) for certificate 90000112" });
  const response = await page.request.get((await download.getAttribute("href"))!);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  const certificate = await readCertificatePdf(await response.body());
  for (const text of ["Brandon Lee Whitaker Jr.", "Certificate number 90000112", `Expires ${longDate(renewed)}`, "Elementary Education", "Rank II"]) expect(certificate.text).toContain(text);
  expect(certificate.qr).toMatch(new RegExp(`^${baseURL}/search/[0-9A-Z]{10}$`));
  expect(certificate.text).toContain(certificate.qr!);
  expect((await abel.request.get((await download.getAttribute("href"))!)).status(), "not for anyone else").toBe(404);

  // The public search shows the new date at the address the QR code holds.
  const visitor = await newPage();
  await visitor.goto(certificate.qr!);
  await expect(visitor.getByRole("main")).toContainText(longDate(renewed));
});
