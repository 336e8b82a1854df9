import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { PiiDecryptionError, type PiiKeys } from "@/lib/platform/security/pii";
import { openBody, sealBody } from "./sealed-body";

const key = (id: string) => ({ id, key: randomBytes(32) });
const [k1, k2] = [key("k1"), key("k2")];
const before: PiiKeys = { encryption: [k1], fingerprint: [k1] };
const afterRotation: PiiKeys = { encryption: [k2, k1], fingerprint: [k2, k1] };
const body = { html: '<a href="https://portal.example/reset-password?token=secret-token">Reset</a>', text: "Reset https://portal.example/reset-password?token=secret-token" };

describe("sealed email bodies (TOK-1, NOTIF-5, PII-1, PII-3)", () => {
  it("stores neither part in the clear, and opens with the key id kept beside it", () => {
    const sealed = sealBody(body, before);
    expect(sealed.bodyKeyId).toBe("k1");
    expect(sealed.html + sealed.text).not.toContain("secret-token");
    expect(openBody(sealed, before)).toEqual(body);
  });

  it("still opens after a key rotation while the old key is configured, and new rows use the new key", () => {
    const old = sealBody(body, before);
    expect(openBody(old, afterRotation)).toEqual(body);
    expect(sealBody(body, afterRotation).bodyKeyId).toBe("k2");
    expect(() => openBody(old, { encryption: [k2], fingerprint: [k2] })).toThrow(PiiDecryptionError);
  });

  it("refuses a tampered body rather than showing part of it", () => {
    const sealed = sealBody(body, before);
    const bytes = Buffer.from(sealed.text, "base64");
    bytes[bytes.length - 1]! ^= 1;
    expect(() => openBody({ ...sealed, text: bytes.toString("base64") }, before)).toThrow(PiiDecryptionError);
  });

  it("opens a sent (emptied) row and a row queued before sealing as they are", () => {
    expect(openBody({ html: "", text: "", bodyKeyId: null }, before)).toEqual({ html: "", text: "" });
    expect(openBody({ ...body, bodyKeyId: null }, before)).toEqual(body);
  });
});
