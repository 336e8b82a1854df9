import "server-only";
import nodemailer from "nodemailer";
import type SMTPPool from "nodemailer/lib/smtp-pool";
import type { EmailTransport, SendOutcome } from "./transport-types";

export type SmtpSettings = {
  /** smtp://user:pass@host:587 (STARTTLS when the relay offers it) or smtps://…:465 (implicit TLS). */
  url: string;
  dkim?: { domainName: string; keySelector: string; privateKey: string };
};

/**
 * The URL's parts as nodemailer options. Query options an operator may need: `requireTLS=true`
 * (refuse a relay that does not offer STARTTLS), `tlsRejectUnauthorized=false` (a relay with a
 * private CA; tests use it for smtp-server's self-signed certificate), `maxConnections=N`.
 */
export function smtpOptions({ url, dkim }: SmtpSettings): SMTPPool.Options {
  const parsed = new URL(url);
  const secure = parsed.protocol === "smtps:";
  const query = parsed.searchParams;
  return {
    pool: true,
    host: parsed.hostname,
    port: Number(parsed.port) || (secure ? 465 : 587),
    secure,
    requireTLS: query.get("requireTLS") === "true",
    tls: { rejectUnauthorized: query.get("tlsRejectUnauthorized") !== "false" },
    auth: parsed.username ? { user: decodeURIComponent(parsed.username), pass: decodeURIComponent(parsed.password) } : undefined,
    maxConnections: Number(query.get("maxConnections")) || 3,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
    dkim,
  };
}

/**
 * A failure the relay gave as a 5xx answer to the envelope or the message is permanent (the
 * recipient or the message is refused, and trying again gets the same answer). Everything else is
 * retried with the outbox's back-off: 4xx answers, refused or dropped connections, timeouts, and
 * authentication or TLS failures (the operator's configuration, which a redeploy fixes; the row
 * must still be there then).
 */
function outcomeOf(error: unknown): SendOutcome {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  // Only a code-shaped name and the reply number reach last_error: never the relay's free text,
  // which may quote the address.
  const kind = typeof code === "string" && /^[A-Z_]{1,32}$/.test(code) ? code : "error";
  const reply = typeof responseCode === "number" ? responseCode : undefined;
  const permanent = reply !== undefined && reply >= 500 && (kind === "EENVELOPE" || kind === "EMESSAGE");
  return { ok: false, retryable: !permanent, error: `smtp ${kind}${reply ? ` (${reply})` : ""}` };
}

/**
 * Sends through any SMTP relay (Exchange, SES, Postfix) with a pool of connections kept by this
 * process. The Message-ID carries the outbox row id, so a message sent twice (a lease that ran out
 * mid-send) can be recognised downstream as the same message.
 */
export function smtpTransport(settings: SmtpSettings): EmailTransport & { close(): void } {
  const pool = nodemailer.createTransport(smtpOptions(settings));
  const domain = settings.dkim?.domainName ?? new URL(settings.url).hostname;
  return {
    name: "smtp",
    async send(email): Promise<SendOutcome> {
      try {
        const info = await pool.sendMail({
          from: email.from,
          to: email.to,
          subject: email.subject,
          html: email.html,
          text: email.text,
          messageId: `<outbox-${email.id}@${domain}>`,
        });
        return { ok: true, providerMessageId: info.messageId ?? null };
      } catch (error) {
        return outcomeOf(error);
      }
    },
    close: () => pool.close(),
  };
}
