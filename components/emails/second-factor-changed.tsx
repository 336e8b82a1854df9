import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/** MFA-8: the account's two-step sign-in changed (a method added or removed, new recovery codes), with a "this wasn't me" path. */
export type SecondFactorChange =
  | "authenticator-added"
  | "authenticator-removed"
  | "authenticator-renamed"
  | "recovery-codes-renewed"
  | "passkey-added"
  | "passkey-removed"
  | "passkey-renamed"
  | "all-removed-after-wait";

/** `methodName`: the passkey's or app's name as the person gave it ("Work laptop"), quoted in the email. */
export type SecondFactorChangedProps = { username: string; when: string; change: SecondFactorChange; methodName?: string; resetUrl: string; supportUrl: string };

const sentences: Record<SecondFactorChange, { subject: string; text: string }> = {
  "authenticator-added": { subject: "An authenticator app was added to your account", text: "An authenticator app was added to the two-step sign-in of the account" },
  "authenticator-removed": { subject: "Two-step sign-in was turned off on your account", text: "The authenticator app and the recovery codes were removed from the account" },
  "authenticator-renamed": { subject: "An authenticator app on your account was renamed", text: "An authenticator app was renamed on the account" },
  "recovery-codes-renewed": { subject: "New recovery codes were made for your account", text: "New recovery codes were made, and the earlier ones no longer work, for the account" },
  "passkey-added": { subject: "A passkey was added to your account", text: "A passkey was added to the two-step sign-in of the account" },
  "passkey-removed": { subject: "A passkey was removed from your account", text: "A passkey was removed from the two-step sign-in of the account" },
  "passkey-renamed": { subject: "A passkey on your account was renamed", text: "A passkey was renamed on the account" },
  "all-removed-after-wait": {
    subject: "Two-step sign-in was removed from your account",
    text: "After the 24-hour wait you asked for, every passkey, authenticator app and recovery code was removed from the account",
  },
};

export function SecondFactorChanged({ username, when, change, methodName, resetUrl, supportUrl }: SecondFactorChangedProps) {
  return (
    <EmailLayout preview={sentences[change].subject}>
      <Text style={paragraph}>
        {sentences[change].text} {username} on {when}.
      </Text>
      {methodName ? <Text style={paragraph}>Its name: “{methodName}”.</Text> : null}
      <Text style={paragraph}>
        <strong>This wasn&apos;t me:</strong> someone may know your password. <Link href={resetUrl}>Reset your password now</Link> and tell us through the{" "}
        <Link href={supportUrl}>Online Support Form</Link>.
      </Text>
      <Text style={paragraph}>If you made this change, there is nothing more to do.</Text>
    </EmailLayout>
  );
}

SecondFactorChanged.PreviewProps = {
  username: "mcaldwell",
  when: "November 29, 2026 at 3:04 AM EST",
  change: "authenticator-added",
  resetUrl: "http://localhost:3000/forgot-password",
  supportUrl: "http://localhost:3000/support",
} satisfies SecondFactorChangedProps;

export function secondFactorChangedMessage(to: string, props: SecondFactorChangedProps): OutgoingEmail {
  return { to, template: "second-factor-changed", subject: sentences[props.change].subject, react: <SecondFactorChanged {...props} /> };
}

export default SecondFactorChanged;
