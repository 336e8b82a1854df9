import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/** RL-11: after the hard cap of failed sign-ins only this link (or a password reset) opens the account. */
export type AccountLockedProps = { username: string; unlockUrl: string; resetUrl: string };

export function AccountLocked({ username, unlockUrl, resetUrl }: AccountLockedProps) {
  return (
    <EmailLayout preview="Your account is locked">
      <Text style={paragraph}>
        There have been too many failed attempts to sign in to the account {username}, so we locked it to keep it safe.
      </Text>
      <Text style={paragraph}>
        If it was you, <Link href={unlockUrl}>unlock your account</Link> (the link works once, for 24 hours). If it was not you, someone may
        be guessing your password: <Link href={resetUrl}>choose a new password</Link> instead.
      </Text>
    </EmailLayout>
  );
}

AccountLocked.PreviewProps = {
  username: "mcaldwell",
  unlockUrl: "http://localhost:3000/unlock?token=preview",
  resetUrl: "http://localhost:3000/forgot-password",
} satisfies AccountLockedProps;

export function accountLockedMessage(to: string, props: AccountLockedProps): OutgoingEmail {
  return { to, template: "account-locked", subject: "Your account is locked", react: <AccountLocked {...props} /> };
}

export default AccountLocked;
