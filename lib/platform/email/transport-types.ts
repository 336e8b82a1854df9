/**
 * What every email transport speaks, in a file of its own so transport.ts (which picks one) and each
 * transport (which implements it) both import it without importing each other.
 */

/** One message as a transport sends it (an outbox row plus the sender). */
export type EnvelopedEmail = { id: string; from: string; to: string; subject: string; html: string; text: string };

/**
 * What a send attempt came to. `error` is stored in email_outbox.last_error and logged, so it names
 * the failure's kind only (provider code, HTTP status), never an address or any of the message.
 */
export type SendOutcome =
  | { ok: true; providerMessageId: string | null }
  | { ok: false; retryable: boolean; error: string };

export type EmailTransport = {
  name: "mailbox" | "resend" | "smtp";
  send(email: EnvelopedEmail): Promise<SendOutcome>;
  /** Transports that keep connections (SMTP's pool) release them here at shutdown. */
  close?(): void;
};
