import { expect, test } from "./fixtures";
import { HomePage } from "./pages/home";
import { expectNoAxeViolationsAtBothWidths } from "./support/axe";
import { shootAtBothWidths } from "./support/screenshots";

/**
 * Issue 13, the educator's side of applying: bwhitaker renews the certificate that expires in 45 days
 * (the seed), through every step, with a sign-out in the middle, a refused file, a declined payment,
 * then a paid one; a new account's initial application needs an explanation for a "yes"; another
 * educator gets a 404 for the application. axe at desktop and 320 px on every new page.
 */
const pdf = { name: "professional-development.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n") };
// A real PDF header padded to 11 MB: refused for its size, not its type (DOC-2).
const elevenMegabytePdf = { name: "scan.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("%PDF-1.4\n"), Buffer.alloc(11 * 1024 * 1024, 0x20)]) };
const exeNamedPdf = { name: "transcript.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(200, 0x90)]) };

test("bwhitaker renews his certificate: answers, sign out and back, documents, signature, declined then paid fee, receipt; another educator gets a 404 (NX-2)", async ({ page, signInAs, mailbox, newPage }) => {
  test.setTimeout(240_000);
  const brandon = await signInAs("bwhitaker");
  const check = async (name: string) => {
    await expectNoAxeViolationsAtBothWidths(page);
    await shootAtBothWidths(page, `applications-${name}`);
  };

  await page.goto("/apply");
  await expect(page.getByRole("heading", { level: 1, name: "Apply for a credential" })).toBeVisible();
  await expect(page.getByText(/We are currently reviewing|There is no queue|Reviewers have not yet started/)).toBeVisible();
  await expect(page.getByText("Started by your district", { exact: true })).toBeVisible();
  await expect(page.getByText("You already hold an active certificate. Add an area or renew it instead.")).toBeVisible();
  await check("apply");
  await page.getByRole("link", { name: "Start an application for Renew a certificate" }).click();

  // Eligibility: the GOV.UK error pattern, then his expiring certificate.
  await expect(page).toHaveURL(/\/apply\/renewal\/eligibility$/);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Select a certificate" })).toBeVisible();
  await check("eligibility-error");
  await page.getByLabel(/90000112/).check();
  await page.getByRole("button", { name: "Save and continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Confirm your personal details" })).toBeVisible();
  await expect(page.getByText("Brandon Lee Whitaker Jr.")).toBeVisible();
  await expect(page.getByRole("link", { name: "request a name change" })).toBeVisible();
  await check("personal-details");
  await page.getByLabel("Yes").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your experience" })).toBeVisible();
  await page.getByLabel("District or school where you worked most recently").fill("Fayette County Public Schools");
  await page.getByLabel("Years of teaching experience during this certificate").fill("five");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "Enter your years of experience as a whole number, like 5" })).toBeVisible();
  await expect(page.getByRole("alert").getByRole("link", { name: "Enter your professional development hours" })).toBeVisible();
  await expect(page.getByLabel("District or school where you worked most recently")).toHaveValue("Fayette County Public Schools");
  await check("experience-error");
  await page.getByLabel("Years of teaching experience during this certificate").fill("5");
  await page.getByLabel("Hours of professional development during this certificate").fill("24");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/apply\/renewal\/character$/);

  // Signing out mid-wizard and back in resumes at the same step.
  const home = new HomePage(page);
  await home.signOutFromMenu();
  await home.signIn(brandon.username, brandon.password);
  await expect(page).toHaveURL(/\/dashboard/);
  const panel = page.getByRole("region", { name: "Applications" });
  await expect(panel).toContainText("3 of 7 steps done");
  await check("dashboard-draft");
  await panel.getByRole("link", { name: /Continue your application/ }).click();
  await expect(page).toHaveURL(/\/apply\/renewal\/character$/);
  await check("character");
  await expect(page.getByRole("main").getByRole("group")).toHaveCount(4);
  for (const group of await page.getByRole("main").getByRole("group").all()) await group.getByLabel("No").check();
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Documents: a renamed .exe and an 11 MB PDF are refused next to the field and nothing is stored; a PDF is kept.
  await expect(page.getByRole("heading", { level: 1, name: "Documents" })).toBeVisible();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: /Upload evidence of professional development/ })).toBeVisible();
  await page.getByLabel(/Upload evidence of professional development/).setInputFiles(exeNamedPdf);
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByText("The selected file must be a PDF, JPG or PNG").first()).toBeVisible();
  await expect(page.getByText("No files uploaded yet.")).toBeVisible();
  await check("documents-error");
  await page.getByLabel(/Upload evidence of professional development/).setInputFiles(elevenMegabytePdf);
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByText("The selected file must be smaller than 10 MB").first()).toBeVisible();
  await expect(page.getByText("No files uploaded yet.")).toBeVisible();
  await page.getByLabel(/Upload evidence of professional development/).setInputFiles(pdf);
  await page.getByRole("button", { name: "Upload file" }).click();
  await expect(page.getByRole("link", { name: pdf.name })).toBeVisible();
  await check("documents");
  await page.getByRole("button", { name: "Save and continue" }).click();

  // Review with Change links that come back here.
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  await check("review");
  await page.getByRole("link", { name: "Change your experience" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your experience" })).toBeVisible();
  await page.getByLabel("Hours of professional development during this certificate").fill("30");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page).toHaveURL(/\/apply\/renewal\/review$/);
  await expect(page.getByText("30", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Continue to sign" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Declaration and signature" })).toBeVisible();

  // Signature: the password again, checked on the server; never shown back.
  await page.getByLabel(/I declare/).check();
  await page.getByLabel("Type your full legal name to sign").fill("Brandon Lee Whitaker Jr.");
  await page.getByLabel("Your password", { exact: true }).fill("not-his-password");
  await page.getByRole("button", { name: "Sign and continue" }).click();
  await expect(page.getByText("The password is not correct").first()).toBeVisible();
  await expect(page.getByLabel("Your password", { exact: true })).toHaveValue("");
  await expect(page.getByLabel("Type your full legal name to sign")).toHaveValue("Brandon Lee Whitaker Jr.");
  await check("sign-error");
  await page.getByLabel("Your password", { exact: true }).fill(brandon.password);
  await page.getByRole("button", { name: "Sign and continue" }).click();

  // Fee: a declined payment leaves the draft unsubmitted and resumable. 
  await expect(page.getByRole("heading", { level: 1, name: "Fee" })).toBeVisible();
  await check("fee");
  await page.getByRole("button", { name: "Pay and submit" }).click();
  await expect(page).toHaveURL(/\/dev\/pay/);
  await page.getByRole("button", { name: "Decline payment" }).click();
  await expect(page).toHaveURL(/\/apply\/renewal\/fee\?payment=declined/);
  await expect(page.getByRole("alert").filter({ hasText: "Your application has not been submitted" })).toBeVisible();
  await check("fee-declined");
  await page.getByRole("button", { name: "Pay and submit" }).click();
  await expect(page).toHaveURL(/\/dev\/pay/);
  await page.getByRole("button", { name: "Approve payment" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Application submitted" })).toBeVisible();
  const reference = (await page.getByRole("main").getByText(/^AP-/).innerText()).trim();
  await expect(page.getByRole("heading", { name: "Status: Submitted" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Checklist" })).toContainText("Verification of experience");
  await check("submitted");
  await page.getByRole("link", { name: "View and print your receipt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Application receipt" })).toBeVisible();
  await expect(page.getByRole("main").getByText(reference, { exact: true })).toBeVisible();
  await expect(page.getByText("$50.00 paid")).toBeVisible();
  await check("receipt");

  const receipt = await mailbox.latestTo(brandon.email);
  expect(receipt.subject).toBe(`We received your application ${reference}`);

  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Applications" })).toContainText("Status: Submitted");
  await expect(page.getByRole("region", { name: "Activity Feed" })).toContainText(`Application ${reference}: Submitted`);

  // Another educator cannot open it (or its receipt).
  const other = await newPage();
  await signInAs("mcaldwell", other);
  for (const path of [`/applications/${reference}`, `/applications/${reference}/receipt`]) {
    const response = await other.goto(path);
    expect(response?.status(), path).toBe(404);
  }
});

test("a new account applies for initial certification; a 'yes' needs an explanation before continuing", async ({ page, freshAccount }) => {
  test.setTimeout(120_000);
  await freshAccount();
  await page.goto("/apply");
  await page.getByRole("link", { name: "Start an application for Initial certification" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check you can apply" })).toBeVisible();
  await page.getByLabel("Yes").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Confirm your personal details" })).toBeVisible();
  await page.getByLabel("Yes").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your education" })).toBeVisible();
  await page.getByLabel("College or university").fill("Berea College");
  await page.getByLabel("Degree", { exact: true }).selectOption("bachelor");
  await page.getByLabel("Date the degree was awarded").fill("05/14/2019");
  await page.getByLabel("Your name as it appears on your transcript").fill("Fresh Tester");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Preparation program and test scores" })).toBeVisible();
  await expect(page.getByText("We have no test scores on your record yet.", { exact: false })).toBeVisible();
  await page.getByLabel("Educator preparation program").fill("Berea College Teacher Education");
  await page.getByRole("button", { name: "Save and continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Character and fitness" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("group")).toHaveCount(4);
  const groups = await page.getByRole("main").getByRole("group").all();
  await groups[0]!.getByLabel("Yes").check();
  for (const group of groups.slice(1)) await group.getByLabel("No").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("alert").getByRole("link", { name: "You answered yes: explain what happened" })).toBeVisible();
  await expect(groups[0]!.getByLabel("Yes")).toBeChecked();
  await expectNoAxeViolationsAtBothWidths(page);
  await shootAtBothWidths(page, "applications-character-yes-error");
  await page.getByLabel("If you answered yes, explain what happened").first().fill("A speeding ticket in 2012; the fine was paid.");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Documents" })).toBeVisible();
});

test.describe("the wizard without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("plain forms: an error comes back with the summary, a saved step moves on, the draft shows on the dashboard", async ({ page, signInAs }) => {
    await signInAs("praman");
    await page.goto("/apply/initial/eligibility");
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByText("Select yes if you have completed an approved educator preparation program").first()).toBeVisible();
    await page.getByLabel("Yes").check();
    await page.getByRole("button", { name: "Save and continue" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Confirm your personal details" })).toBeVisible();
    await page.goto("/dashboard");
    await expect(page.getByRole("region", { name: "Applications" })).toContainText("1 of 8 steps done");
  });
});
