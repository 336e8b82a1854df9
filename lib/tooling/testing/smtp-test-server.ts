import type { AddressInfo } from "node:net";
import { SMTPServer, type SMTPServerSession } from "smtp-server";

/**
 * Tests only: a real SMTP server (smtp-server) on 127.0.0.1 that requires AUTH and offers STARTTLS
 * with the package's self-signed certificate, so nodemailer and our transport run for real up to
 * the socket. `refuseWith` makes the relay answer DATA with a reply code (e.g. 451, a temporary
 * refusal); every accepted message is recorded with its raw source and whether the session was TLS.
 */
export type ReceivedMail = { from: string; to: string[]; raw: string; secure: boolean; user: string | undefined };

export type SmtpTestServer = {
  port: number;
  url: string;
  received: ReceivedMail[];
  refuseWith: number | undefined;
  close(): Promise<void>;
};

export const SMTP_TEST_USER = "portal";
export const SMTP_TEST_PASSWORD = "relay-secret";

export async function startSmtpTestServer(): Promise<SmtpTestServer> {
  const handle: SmtpTestServer = { port: 0, url: "", received: [], refuseWith: undefined, close: async () => {} };
  const server = new SMTPServer({
    logger: false,
    authMethods: ["PLAIN", "LOGIN"],
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_TEST_USER && auth.password === SMTP_TEST_PASSWORD) return callback(null, { user: auth.username });
      callback(Object.assign(new Error("Invalid username or password"), { responseCode: 535 }));
    },
    onData(stream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        if (handle.refuseWith) {
          return callback(Object.assign(new Error("Try again later"), { responseCode: handle.refuseWith }));
        }
        handle.received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw: Buffer.concat(chunks).toString("utf8"),
          secure: session.secure,
          user: session.user as string | undefined,
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  handle.port = (server.server.address() as AddressInfo).port;
  handle.url = `smtp://${SMTP_TEST_USER}:${SMTP_TEST_PASSWORD}@127.0.0.1:${handle.port}?tlsRejectUnauthorized=false`;
  handle.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return handle;
}
