import { describe, expect, it } from "vitest";
import { renderCertificatePdf, type CertificateFacts } from "./certificate-pdf";
import { readCertificatePdf } from "./certificate-reader";

const facts: CertificateFacts = {
  agencyName: "Kentucky Department of Education",
  holderName: "Brandon Lee Whitaker Jr.",
  typeName: "Professional Certificate for Teaching in Elementary School",
  area: "Elementary Education",
  gradeRange: "Primary–5",
  rank: "II",
  effectiveDate: "2021-07-01",
  expirationDate: "2031-07-01",
  certificateNumber: "90000112",
  publicId: "7K3MQ9TD2B",
  verificationUrl: "https://portal.example/search/7K3MQ9TD2B",
};

describe("certificate PDF (issue 15 item 3)", () => {
  it("prints the agency, person, certificate, area, rank, dates and number, with a QR code that decodes to the verification page", async () => {
    const read = await readCertificatePdf(await renderCertificatePdf(facts));
    expect(read.pages).toBe(1);
    for (const expected of [facts.agencyName, facts.holderName, facts.typeName, "Certificate number 90000112", "Effective July 1, 2021", "Expires July 1, 2031", "Rank II", "Elementary Education", facts.verificationUrl]) {
      expect(read.text).toContain(expected);
    }
    expect(read.qr).toBe(facts.verificationUrl);
  });

  it("a certificate that never expires says so; characters the font lacks become ? instead of failing (PII-9: no SSN or birth date is printed)", async () => {
    const read = await readCertificatePdf(await renderCertificatePdf({ ...facts, holderName: "Zoë 李", expirationDate: null, rank: null }));
    expect(read.text).toContain("Does not expire");
    expect(read.text).toContain("Zoë ?");
    expect(read.text).not.toMatch(/Rank|\d{3}-\d{2}-\d{4}/);
  });
});
