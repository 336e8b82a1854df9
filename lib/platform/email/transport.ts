import "server-only";
import { getConfig } from "@/lib/platform/config/env";
import { resendTransport } from "./resend-transport";
import type { EmailTransport } from "./transport-types";

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
