import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { KeyEntry } from "@/lib/platform/config/keys";
import {
  decryptPii,
  encryptPii,
  fingerprint,
  fingerprintsForLookup,
  nameSearchValue,
  PiiDecryptionError,
  sameFingerprint,
  type PiiKeys,
} from "./pii";
import { normalizeSsn } from "./ssn";

const key = (id: string, fill: number): KeyEntry => ({ id, key: Buffer.alloc(32, fill) });
const keysA: PiiKeys = { encryption: [key("encA", 11)], fingerprint: [key("fpA", 12)] };
const rotated: PiiKeys = { encryption: [key("encB", 21), key("encA", 11)], fingerprint: [key("fpB", 22), key("fpA", 12)] };
const ssn = "900451234";

/** Flips one bit of the decoded ciphertext at `offset` (IV 0-11, tag 12-27, body 28-). */
function flipBit(ciphertext: string, offset: number): string {
  const raw = Buffer.from(ciphertext, "base64");
  raw[offset]! ^= 0x01;
  return raw.toString("base64");
}

function decryptionError(run: () => unknown): PiiDecryptionError {
  let result: unknown;
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(PiiDecryptionError);
    expect((error as Error).message).not.toContain(ssn);
    return error as PiiDecryptionError;
  }
  throw new Error(`expected PiiDecryptionError, got a value of ${String(result).length} characters`);
}

describe("PII encryption (PII-1)", () => {
  it("round-trips and records the current key's id", () => {
    const sealed = encryptPii(ssn, "ssn", keysA);
    expect(sealed.keyId).toBe("encA");
    expect(sealed.ciphertext).not.toContain(ssn);
    expect(decryptPii(sealed.ciphertext, sealed.keyId, "ssn", keysA)).toBe(ssn);
  });

  it("encrypts under the first key and still decrypts values under older ones", () => {
    const old = encryptPii(ssn, "ssn", keysA);
    const fresh = encryptPii(ssn, "ssn", rotated);
    expect(fresh.keyId).toBe("encB");
    expect(decryptPii(old.ciphertext, old.keyId, "ssn", rotated)).toBe(ssn);
    expect(decryptPii(fresh.ciphertext, fresh.keyId, "ssn", rotated)).toBe(ssn);
  });

  it("uses a fresh random IV, so one value never encrypts the same way twice", () => {
    const first = encryptPii(ssn, "ssn", keysA).ciphertext;
    const second = encryptPii(ssn, "ssn", keysA).ciphertext;
    expect(first).not.toBe(second);
    expect(Buffer.from(first, "base64").subarray(0, 12)).not.toEqual(Buffer.from(second, "base64").subarray(0, 12));
  });

  it("rejects a tampered body, tag or IV with PiiDecryptionError and no plaintext", () => {
    const { ciphertext } = encryptPii(ssn, "ssn", keysA);
    for (const offset of [0, 12, 27, 28, Buffer.from(ciphertext, "base64").length - 1]) {
      const error = decryptionError(() => decryptPii(flipBit(ciphertext, offset), "encA", "ssn", keysA));
      expect(error.message).toMatch(/authentication failed/);
    }
  });

  it("rejects a truncated ciphertext", () => {
    const { ciphertext } = encryptPii(ssn, "ssn", keysA);
    decryptionError(() => decryptPii(Buffer.from(ciphertext, "base64").subarray(0, 28).toString("base64"), "encA", "ssn", keysA));
    decryptionError(() => decryptPii(Buffer.from(ciphertext, "base64").subarray(0, 30).toString("base64"), "encA", "ssn", keysA));
  });

  it("binds the purpose as associated data: a ciphertext cannot be read as another column", () => {
    const { ciphertext } = encryptPii(ssn, "ssn", keysA);
    decryptionError(() => decryptPii(ciphertext, "encA", "name-search", keysA));
  });

  it("names an unknown key id without guessing another key", () => {
    const { ciphertext } = encryptPii(ssn, "ssn", keysA);
    const error = decryptionError(() => decryptPii(ciphertext, "retired", "ssn", rotated));
    expect(error.message).toContain("retired");
    // The right id pointing at the wrong key material also fails, rather than returning garbage.
    const impostor: PiiKeys = { ...keysA, encryption: [key("encA", 99)] };
    decryptionError(() => decryptPii(ciphertext, "encA", "ssn", impostor));
  });
});

describe("PII fingerprints (PII-2, PII-3, PII-4)", () => {
  it("gives 123-45-6789, 123456789 and 123 45 6789 one fingerprint after normalizeSsn (PII-4)", () => {
    const forms = ["123-45-6789", "123456789", "123 45 6789", " 123-45-6789 "].map((form) => normalizeSsn(form));
    expect(new Set(forms)).toEqual(new Set(["123456789"]));
    const prints = forms.map((form) => fingerprint("ssn", form!, keysA).value);
    expect(new Set(prints).size).toBe(1);
    expect(prints[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it("is keyed: another key gives another fingerprint, and none is the plain SHA-256", () => {
    const underA = fingerprint("ssn", ssn, keysA);
    const underB = fingerprint("ssn", ssn, rotated);
    expect(underA).toEqual({ keyId: "fpA", value: expect.any(String) });
    expect(underB.keyId).toBe("fpB");
    expect(underA.value).not.toBe(underB.value);
    expect(fingerprint("ssn", ssn, keysA)).toEqual(underA);
    expect(underA.value).not.toBe(createHash("sha256").update(ssn).digest("hex"));
  });

  it("fingerprintsForLookup returns one per key, current first, the old one matching old rows (PII-3)", () => {
    const stored = fingerprint("ssn", ssn, keysA);
    const lookup = fingerprintsForLookup("ssn", ssn, rotated);
    expect(lookup.map((print) => print.keyId)).toEqual(["fpB", "fpA"]);
    expect(lookup[0]).toEqual(fingerprint("ssn", ssn, rotated));
    expect(lookup[1]).toEqual(stored);
    expect(lookup.some((print) => sameFingerprint(print.value, stored.value))).toBe(true);
  });

  it("separates purposes: one value fingerprints differently per purpose", () => {
    const value = "smith|jane|1980-05-17|1234";
    const prints = (["ssn", "name-search", "claim-target"] as const).map((purpose) => fingerprint(purpose, value, keysA).value);
    expect(new Set(prints).size).toBe(3);
  });

  it("builds the search value from normalised names, so differently typed names meet (PII-5)", () => {
    const typed = nameSearchValue({ lastName: "O’Brien-Smith", firstName: "  JOSÉ ", dateOfBirth: "1980-05-17", ssnLastFour: "1234" });
    const stored = nameSearchValue({ lastName: "obrien smith", firstName: "Jose", dateOfBirth: "1980-05-17", ssnLastFour: "1234" });
    expect(typed).toBe(stored);
    expect(fingerprint("name-search", typed, keysA)).toEqual(fingerprint("name-search", stored, keysA));
    expect(nameSearchValue({ lastName: "OBrien", firstName: "Jose", dateOfBirth: "1980-05-17", ssnLastFour: "1235" })).not.toBe(stored);
  });

  it("compares fingerprints exactly", () => {
    const value = fingerprint("ssn", ssn, keysA).value;
    expect(sameFingerprint(value, value)).toBe(true);
    expect(sameFingerprint(value, fingerprint("ssn", "900451235", keysA).value)).toBe(false);
    expect(sameFingerprint(value, value.slice(0, 62))).toBe(false);
  });
});
