import "server-only";
import { Resend } from "resend";
import type { EmailTransport, SendOutcome } from "./transport-types";

/**
 * Resend's error codes that will not go away by trying again (the request itself is wrong, or the
 * account is): the row fails at once instead of burning its retries. Everything else (5xx, 429 rate
 * limits, quota resets, network failures reported as application_error) is retried with backoff.
 */
const permanent = new Set([
  "validation_error",
  "missing_required_field",
  "invalid_from_address",
  "invalid_parameter",
  "invalid_attachment",
  "invalid_idempotency_key",
  "invalid_idempotent_request",
  "invalid_region",
  "not_found",
  "method_not_allowed",
  "missing_api_key",
  "invalid_api_key",
  "restricted_api_key",
  "invalid_access",
  "security_error",
]);

/**
 * Sends through Resend's HTTP API. The SDK reports failures as `{ error }` rather than throwing
 * (stack-notes pitfall 15), network failures included. The outbox row id is the Idempotency-Key,
 * so a retry after a lost response, or a row reclaimed after its lease ran out while the first
 * attempt was still in flight, does not send the message twice.
 * `baseUrl` (RESEND_BASE_URL) points the SDK elsewhere, e.g. at a local test server.
 */
export function resendTransport({ apiKey, baseUrl }: { apiKey: string; baseUrl?: string }): EmailTransport {
  const client = new Resend(apiKey, baseUrl ? { baseUrl } : undefined);
  return {
    name: "resend",
    async send(email): Promise<SendOutcome> {
      let result: Awaited<ReturnType<typeof client.emails.send>>;
      try {
        result = await client.emails.send(
          { from: email.from, to: email.to, subject: email.subject, html: email.html, text: email.text },
          { idempotencyKey: `outbox-${email.id}` },
        );
      } catch (error) {
        // The SDK should not throw, but a bug there must not take the deliverer loop down.
        return { ok: false, retryable: true, error: `resend threw ${error instanceof Error ? error.name : "error"}` };
      }
      if (result.error) {
        const { name, statusCode } = result.error as { name?: unknown; statusCode?: unknown };
        // Only a code-shaped name and a number reach last_error: never the provider's free text.
        const code = typeof name === "string" && /^[a-z_]{1,64}$/.test(name) ? name : "error";
        const status = typeof statusCode === "number" ? ` (HTTP ${statusCode})` : "";
        return { ok: false, retryable: !permanent.has(code), error: `resend ${code}${status}` };
      }
      return { ok: true, providerMessageId: result.data?.id ?? null };
    },
  };
}
