import "server-only";
import { decryptPii, encryptPii, type PiiKeys, currentPiiKeys } from "@/lib/platform/security/pii";
import type { RenderedEmail } from "./render";

/**
 * Email bodies at rest (TOK-1, NOTIF-5, PII-1): a queued message carries live reset, unlock,
 * email-change and confirmation links, so the outbox never stores it in the clear. Both parts are
 * sealed with the current PII encryption key (AES-256-GCM, purpose "email-body" bound in) and the
 * key id is kept beside them, so a key rotation leaves older rows readable while the old key stays
 * configured. Once a message has left the machine the deliverer empties both parts (scrubbedBody).
 */
export type SealedBody = { html: string; text: string; bodyKeyId: string | null };

export function sealBody(body: RenderedEmail, keys: PiiKeys = currentPiiKeys()): SealedBody {
  const html = encryptPii(body.html, "email-body", keys);
  const text = encryptPii(body.text, "email-body", keys);
  return { html: html.ciphertext, text: text.ciphertext, bodyKeyId: html.keyId };
}

/**
 * The readable message of an outbox row. A row without a key id was queued before bodies were sealed
 * and is plaintext; an emptied (sent) row opens to empty parts.
 */
export function openBody(row: SealedBody, keys: PiiKeys = currentPiiKeys()): RenderedEmail {
  if (row.bodyKeyId === null || (row.html === "" && row.text === "")) return { html: row.html, text: row.text };
  return {
    html: decryptPii(row.html, row.bodyKeyId, "email-body", keys),
    text: decryptPii(row.text, row.bodyKeyId, "email-body", keys),
  };
}

/** What a delivered row keeps of its body: nothing (the provider has the message; a dump gets no link). */
export const scrubbedBody: SealedBody = { html: "", text: "", bodyKeyId: null };
