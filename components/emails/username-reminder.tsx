import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/** "Forgot Username?": every username on the address (families share addresses), or none (TOK-5). */
export type UsernameReminderProps = { usernames: string[]; signInUrl: string };

export function UsernameReminder({ usernames, signInUrl }: UsernameReminderProps) {
  return (
    <EmailLayout preview="Your username">
      <Text style={paragraph}>
        {usernames.length === 1 ? "This username uses this email address:" : "These usernames use this email address:"}
      </Text>
      {usernames.map((username) => (
        <Text key={username} style={{ ...paragraph, fontWeight: "bold", margin: "0 0 8px" }}>
          {username}
        </Text>
      ))}
      <Text style={paragraph}>
        <Link href={signInUrl}>Sign in</Link> with your username and password. If you did not ask for this email, you can ignore it.
      </Text>
    </EmailLayout>
  );
}

UsernameReminder.PreviewProps = { usernames: ["mcaldwell"], signInUrl: "http://localhost:3000/" } satisfies UsernameReminderProps;

export function usernameReminderMessage(to: string, props: UsernameReminderProps): OutgoingEmail {
  return { to, template: "username-reminder", subject: "Your username", react: <UsernameReminder {...props} /> };
}

export default UsernameReminder;
