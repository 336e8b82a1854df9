import { Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/** NOTIF-3: a Microsoft account now signs in to this portal account. */
export type MicrosoftLinkedProps = { username: string; microsoftAccount: string | null };

export function MicrosoftLinked({ username, microsoftAccount }: MicrosoftLinkedProps) {
  return (
    <EmailLayout preview="A Microsoft account was linked">
      <Text style={paragraph}>
        The Microsoft account {microsoftAccount ?? "you used"} can now sign in to the account {username} with &ldquo;Login with Microsoft&rdquo;.
      </Text>
      <Text style={paragraph}>If you did not do this, reset your password and contact us through the Online Support Form straight away.</Text>
    </EmailLayout>
  );
}

MicrosoftLinked.PreviewProps = { username: "mcaldwell", microsoftAccount: "m.caldwell@school.example" } satisfies MicrosoftLinkedProps;

export function microsoftLinkedMessage(to: string, props: MicrosoftLinkedProps): OutgoingEmail {
  return { to, template: "microsoft-linked", subject: "A Microsoft account was linked to your account", react: <MicrosoftLinked {...props} /> };
}

export default MicrosoftLinked;
