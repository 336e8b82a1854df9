import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/** "Forgot Password?" or "Forgot Username?" for an address no account uses (TOK-5): say so by email only. */
export type NoAccountProps = { registerUrl: string; request: "password" | "username" };

export function NoAccount({ registerUrl, request }: NoAccountProps) {
  return (
    <EmailLayout preview="No account uses this email address">
      <Text style={paragraph}>
        Someone asked for the {request === "password" ? "password reset link" : "usernames"} of accounts using this email address, but no
        account uses it.
      </Text>
      <Text style={paragraph}>
        If you have not made an account yet, you can <Link href={registerUrl}>register</Link>. If you did not ask, ignore this email.
      </Text>
    </EmailLayout>
  );
}

NoAccount.PreviewProps = { registerUrl: "http://localhost:3000/register", request: "password" } satisfies NoAccountProps;

export function noAccountMessage(to: string, props: NoAccountProps): OutgoingEmail {
  const subject = props.request === "password" ? "Reset your password" : "Your username";
  return { to, template: "password-reset-no-account", subject, react: <NoAccount {...props} /> };
}

export default NoAccount;
