import "server-only";
import { getConfig } from "@/lib/platform/config/env";
import { resendTransport } from "./resend-transport";

/** One message as a transport sends it (an outbox row plus the sender). */
export type EnvelopedEmail = { id: string; from: string; to: string; subject: string; html: string; text: string };

/**
 * What a send attempt came to. `error` is stored in email_outbox.last_error and logged, so it names
 * the failure's kind only (provider code, HTTP status), never an address or any of the message.
 */
export type SendOutcome =
  | { ok: true; providerMessageId: string | null }
  | { ok: false; retryable: boolean; error: string };

export type EmailTransport = { name: "mailbox" | "resend"; send(email: EnvelopedEmail): Promise<SendOutcome> };

/** Nothing leaves the machine: the row itself is the delivered message, read at /dev/mailbox. */
export const mailboxTransport: EmailTransport = {
  name: "mailbox",
  send: async () => ({ ok: true, providerMessageId: null }),
};

/** The transport this process's configuration chooses (EMAIL_TRANSPORT). */
export function transportFromConfig(): EmailTransport {
  const config = getConfig();
  if (config.EMAIL_TRANSPORT === "mailbox") return mailboxTransport;
  // RESEND_API_KEY is required by the configuration whenever the transport is resend.
  return resendTransport({ apiKey: config.RESEND_API_KEY!, baseUrl: process.env.RESEND_BASE_URL?.trim() || undefined });
}
