import "server-only";
import { getConfig } from "@/lib/platform/config/env";
import { resendTransport } from "./resend-transport";
import { smtpTransport } from "./smtp-transport";
import type { EmailTransport } from "./transport-types";

/** Nothing leaves the machine: the row itself is the delivered message, read at /dev/mailbox. */
export const mailboxTransport: EmailTransport = {
  name: "mailbox",
  send: async () => ({ ok: true, providerMessageId: null }),
};

// The SMTP transport holds a connection pool, so one is kept per process (and per SMTP_URL, since
// tests change the configuration) instead of one per delivery tick.
const holder = globalThis as typeof globalThis & { __portalSmtp?: { url: string; transport: EmailTransport } };

/** The transport this process's configuration chooses (EMAIL_TRANSPORT). */
export function transportFromConfig(): EmailTransport {
  const config = getConfig();
  if (config.EMAIL_TRANSPORT === "mailbox") return mailboxTransport;
  if (config.EMAIL_TRANSPORT === "smtp") {
    // SMTP_URL is required by the configuration whenever the transport is smtp.
    const url = config.SMTP_URL!;
    if (holder.__portalSmtp?.url !== url) {
      holder.__portalSmtp?.transport.close?.();
      const dkim = config.DKIM_DOMAIN
        ? { domainName: config.DKIM_DOMAIN, keySelector: config.DKIM_SELECTOR!, privateKey: config.DKIM_PRIVATE_KEY! }
        : undefined;
      holder.__portalSmtp = { url, transport: smtpTransport({ url, dkim }) };
    }
    return holder.__portalSmtp.transport;
  }
  // RESEND_API_KEY is required by the configuration whenever the transport is resend.
  return resendTransport({ apiKey: config.RESEND_API_KEY!, baseUrl: process.env.RESEND_BASE_URL?.trim() || undefined });
}

/** Graceful shutdown: closes the SMTP pool if this process opened one. */
export function closeTransports(): void {
  holder.__portalSmtp?.transport.close?.();
  holder.__portalSmtp = undefined;
}
