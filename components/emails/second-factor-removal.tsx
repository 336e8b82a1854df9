import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * MFA-12, "Can't use your second factor?": `link` carries the link that starts the 24-hour wait;
 * `scheduled` tells the account that its factors will be removed at `when` unless cancelled.
 */
export type SecondFactorRemovalProps =
  | { kind: "link"; username: string; url: string; supportUrl: string }
  | { kind: "scheduled"; username: string; when: string; cancelUrl: string; resetUrl: string; supportUrl: string };

const subjects = {
  link: "Remove two-step sign-in from your account",
  scheduled: "Two-step sign-in will be removed from your account unless you cancel",
} as const;

export function SecondFactorRemoval(props: SecondFactorRemovalProps) {
  return (
    <EmailLayout preview={subjects[props.kind]}>
      {props.kind === "link" ? (
        <>
          <Text style={paragraph}>Someone who knows the password of the account {props.username} said they cannot use its second factor and asked to remove it.</Text>
          <Text style={paragraph}>
            <Link href={props.url}>Start the 24-hour wait to remove two-step sign-in</Link>. The link works for one hour. After the wait, the next sign-in with the password
            needs no code, and every passkey, authenticator app and recovery code is removed.
          </Text>
          <Text style={paragraph}>
            If this was not you, do nothing: nothing changes. Someone may know your password, so change it, and tell us through the{" "}
            <Link href={props.supportUrl}>Online Support Form</Link>.
          </Text>
        </>
      ) : (
        <>
          <Text style={paragraph}>
            Two-step sign-in will be removed from the account {props.username} on {props.when}, because someone who knows its password said they cannot use its second
            factor.
          </Text>
          <Text style={paragraph}>
            <strong>This wasn&apos;t me:</strong> <Link href={props.cancelUrl}>Cancel the removal</Link>, then <Link href={props.resetUrl}>reset your password</Link>.
          </Text>
          <Text style={paragraph}>If you asked for this, there is nothing more to do.</Text>
        </>
      )}
    </EmailLayout>
  );
}

SecondFactorRemoval.PreviewProps = {
  kind: "scheduled",
  username: "mcaldwell",
  when: "December 1, 2026 at 3:04 AM EST",
  cancelUrl: "http://localhost:3000/sign-in/second-factor/cancel-removal?token=example",
  resetUrl: "http://localhost:3000/forgot-password",
  supportUrl: "http://localhost:3000/support",
} satisfies SecondFactorRemovalProps;

export function secondFactorRemovalMessage(to: string, props: SecondFactorRemovalProps): OutgoingEmail {
  return { to, template: "second-factor-removal", subject: subjects[props.kind], react: <SecondFactorRemoval {...props} /> };
}

export default SecondFactorRemoval;
