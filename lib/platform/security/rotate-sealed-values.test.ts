import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { KeyEntry } from "@/lib/platform/config/keys";
import { db } from "@/lib/platform/db/client";
import { emailOutbox, recordCorrections, recoveryRequests, staffTotpFactors, totpFactors, users } from "@/lib/platform/db/schema";
import { buildEducatorRows } from "@/lib/records/educator-rows";
import { insertEducator } from "@/lib/records/lookup";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { testPerson } from "@/lib/tooling/testing/factory";
import { createTestStaff } from "@/lib/tooling/testing/staff";
import { decryptPii, encryptPii, type PiiKeys } from "./pii";
import { PiiRotationError, rotatePii } from "./rotate-pii";

/**
 * PII-3 beyond the SSN columns: every other value sealed under PII_ENCRYPTION_KEYS moves to the new
 * key, so the old key can really be removed afterwards (an authenticator app enrolled before the
 * rotation must still work with the new key alone), and the rotation refuses to start while any such
 * value is under a key the configuration no longer has.
 */
provideTestDatabase();

const key = (id: string, fill: number): KeyEntry => ({ id, key: Buffer.alloc(32, fill) });
const keysA: PiiKeys = { encryption: [key("encA", 31)], fingerprint: [key("fpA", 32)] };
const rotated: PiiKeys = { encryption: [key("encB", 41), key("encA", 31)], fingerprint: [key("fpB", 42), key("fpA", 32)] };
const keysB: PiiKeys = { encryption: [key("encB", 41)], fingerprint: [key("fpB", 42)] };
const seal = (value: string, purpose: Parameters<typeof encryptPii>[1]) => encryptPii(value, purpose, keysA);

/** One of each sealed value under key A, plus a correction and an email with nothing sealed. */
async function sealedUnderA() {
  const rows = buildEducatorRows(testPerson(), { keys: keysA });
  await insertEducator(db, rows);
  const educatorId = rows.educator.id;
  const [user] = await db.insert(users).values({ educatorId, username: `sealed${rows.educator.publicId}`, email: "sealed@example.org" }).returning({ id: users.id });
  const staff = await createTestStaff({ authenticator: false });
  const totp = seal("JBSWY3DPEHPK3PXP", "totp-secret");
  await db.insert(totpFactors).values({ userId: user!.id, secretCiphertext: totp.ciphertext, secretKeyId: totp.keyId });
  const staffTotp = seal("KRSXG5CTMVRXEZLU", "totp-secret");
  await db.insert(staffTotpFactors).values({ staffId: staff.id, secretCiphertext: staffTotp.ciphertext, secretKeyId: staffTotp.keyId });
  const [oldSsn, newSsn] = [seal("123-45-6789", "ssn"), seal("123-45-6780", "ssn")];
  const [ssnCorrection] = await db
    .insert(recordCorrections)
    .values({ educatorId, field: "ssn", oldValue: oldSsn.ciphertext, oldKeyId: "encA", newValue: newSsn.ciphertext, newKeyId: "encA", reason: "typo" })
    .returning({ id: recordCorrections.id });
  const [dobCorrection] = await db
    .insert(recordCorrections)
    .values({ educatorId, field: "date_of_birth", oldValue: "1980-01-02", newValue: "1980-02-01", reason: "swapped" })
    .returning({ id: recordCorrections.id });
  const [html, text] = [seal("<p>Your link: /reset?token=abc</p>", "email-body"), seal("Your link: /reset?token=abc", "email-body")];
  const [queued] = await db
    .insert(emailOutbox)
    .values({ toAddress: "a@example.org", subject: "Reset", html: html.ciphertext, text: text.ciphertext, bodyKeyId: "encA", template: "reset" })
    .returning({ id: emailOutbox.id });
  const [sent] = await db
    .insert(emailOutbox)
    .values({ toAddress: "b@example.org", subject: "Sent", html: "", text: "", bodyKeyId: null, template: "reset", status: "sent" })
    .returning({ id: emailOutbox.id });
  const typed = seal("someone@example.org", "recovery-request");
  const [recovery] = await db.insert(recoveryRequests).values({ kind: "password", typedCiphertext: typed.ciphertext, typedKeyId: "encA", ip: "203.0.113.7" }).returning({ id: recoveryRequests.id });
  return { userId: user!.id, staffId: staff.id, ssnCorrection: ssnCorrection!.id, dobCorrection: dobCorrection!.id, queued: queued!.id, sent: sent!.id, recovery: recovery!.id };
}

describe("pii:rotate and the other sealed values (PII-3)", () => {
  it("re-encrypts authenticator secrets, corrected SSNs, queued emails and recovery requests, which then open with the new key alone", async () => {
    const ids = await sealedUnderA();
    const result = await rotatePii(db, rotated, { batchSize: 2 });
    expect(result).toMatchObject({ educators: 1, sealed: 6, complete: true, remaining: { educators: 0, names: 0, sealed: 0 } });

    const [factor] = await db.select().from(totpFactors).where(eq(totpFactors.userId, ids.userId));
    expect(factor!.secretKeyId).toBe("encB");
    expect(decryptPii(factor!.secretCiphertext, "encB", "totp-secret", keysB)).toBe("JBSWY3DPEHPK3PXP");
    const [staffFactor] = await db.select().from(staffTotpFactors).where(eq(staffTotpFactors.staffId, ids.staffId));
    expect(decryptPii(staffFactor!.secretCiphertext, staffFactor!.secretKeyId, "totp-secret", keysB)).toBe("KRSXG5CTMVRXEZLU");
    const [ssn] = await db.select().from(recordCorrections).where(eq(recordCorrections.id, ids.ssnCorrection));
    expect([ssn!.oldKeyId, ssn!.newKeyId]).toEqual(["encB", "encB"]);
    expect([decryptPii(ssn!.oldValue, "encB", "ssn", keysB), decryptPii(ssn!.newValue, "encB", "ssn", keysB)]).toEqual(["123-45-6789", "123-45-6780"]);
    const [email] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, ids.queued));
    expect(email!.bodyKeyId).toBe("encB");
    expect(decryptPii(email!.text, "encB", "email-body", keysB)).toBe("Your link: /reset?token=abc");
    expect(decryptPii(email!.html, "encB", "email-body", keysB)).toBe("<p>Your link: /reset?token=abc</p>");
    const [request] = await db.select().from(recoveryRequests).where(eq(recoveryRequests.id, ids.recovery));
    expect(decryptPii(request!.typedCiphertext, request!.typedKeyId, "recovery-request", keysB)).toBe("someone@example.org");

    // Nothing sealed, nothing touched.
    const [dob] = await db.select().from(recordCorrections).where(eq(recordCorrections.id, ids.dobCorrection));
    expect(dob).toMatchObject({ oldValue: "1980-01-02", oldKeyId: null, newValue: "1980-02-01", newKeyId: null });
    const [sent] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, ids.sent));
    expect(sent).toMatchObject({ html: "", text: "", bodyKeyId: null });

    expect(await rotatePii(db, rotated)).toMatchObject({ educators: 0, sealed: 0, complete: true });
  });

  it("refuses to start while a sealed value is under a key that is not configured, naming the column and count only", async () => {
    const { userId } = await sealedUnderA();
    await rotatePii(db, rotated);
    const orphan = encryptPii("GEZDGNBVGY3TQOJQ", "totp-secret", { encryption: [key("encGone", 7)], fingerprint: [] });
    await db.update(totpFactors).set({ secretCiphertext: orphan.ciphertext, secretKeyId: "encGone" }).where(eq(totpFactors.userId, userId));

    const error = await rotatePii(db, keysB).then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).toBeInstanceOf(PiiRotationError);
    expect((error as Error).message).toContain('key id "encGone" is not in PII_ENCRYPTION_KEYS (totp_factors.secret_ciphertext, 1 row)');
    expect((error as Error).message).not.toContain("GEZDGNBVGY3TQOJQ");
    const [unchanged] = await db.select().from(totpFactors).where(eq(totpFactors.userId, userId));
    expect(unchanged!.secretCiphertext).toBe(orphan.ciphertext);
  });
});
