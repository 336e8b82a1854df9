import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/** "Forgot Password?": one link per account, valid 30 minutes, single use (TOK-4). */
export type PasswordResetProps = { username: string; resetUrl: string; minutes: number };

export function PasswordReset({ username, resetUrl, minutes }: PasswordResetProps) {
  return (
    <EmailLayout preview="Reset your password">
      <Text style={paragraph}>Someone asked to reset the password of the account with the username {username}.</Text>
      <Text style={paragraph}>
        To choose a new password, open this link within {minutes} minutes: <Link href={resetUrl}>Reset your password</Link>
      </Text>
      <Text style={paragraph}>The link works once. If you did not ask for it, ignore this email: your password stays the same.</Text>
    </EmailLayout>
  );
}

PasswordReset.PreviewProps = { username: "mcaldwell", resetUrl: "http://localhost:3000/reset-password?token=preview", minutes: 30 };

export function passwordResetMessage(to: string, props: PasswordResetProps): OutgoingEmail {
  return { to, template: "password-reset", subject: "Reset your password", react: <PasswordReset {...props} /> };
}

export default PasswordReset;
