import { Link, Text } from "@react-email/components";
import type { OutgoingEmail } from "@/lib/platform/email/outbox";
import { EmailLayout, paragraph } from "./email-layout";

/**
 * REG-4 / NOTIF-4: someone searched for this person's record without getting the details right, and
 * the record was then claimed for a new account. Sent to the address the agency already had on file
 * (educators.email_on_file), which may not be the new account's. No names, username, SSN, date of
 * birth or search details: only what happened and whom to contact. Links come from APP_URL (TOK-6).
 */
export type RecordClaimedAfterFailedSearchesProps = { signInUrl: string; supportUrl: string };

export const RECORD_CLAIMED_AFTER_FAILED_SEARCHES_SUBJECT = "Your educator record was claimed for a new account";

export function RecordClaimedAfterFailedSearches({ signInUrl, supportUrl }: RecordClaimedAfterFailedSearchesProps) {
  return (
    <EmailLayout preview="Someone tried to find your educator record, then it was claimed">
      <Text style={paragraph}>Hello,</Text>
      <Text style={paragraph}>
        In the last day, someone tried to find your educator record while registering, with some details that did not
        match. Your record has now been claimed for a new account.
      </Text>
      <Text style={paragraph}>
        If this was you, there is nothing more to do: <Link href={signInUrl}>sign in</Link> with your new account.
      </Text>
      <Text style={paragraph}>
        If this wasn&apos;t you, contact us straight away through the <Link href={supportUrl}>Online Support Form</Link> so
        we can check who holds the account.
      </Text>
    </EmailLayout>
  );
}

RecordClaimedAfterFailedSearches.PreviewProps = {
  signInUrl: "http://localhost:3000/",
  supportUrl: "http://localhost:3000/support",
};

export function recordClaimedAfterFailedSearchesMessage(to: string, props: RecordClaimedAfterFailedSearchesProps): OutgoingEmail {
  return {
    to,
    template: "record-claimed-after-failed-searches",
    subject: RECORD_CLAIMED_AFTER_FAILED_SEARCHES_SUBJECT,
    react: <RecordClaimedAfterFailedSearches {...props} />,
  };
}

export default RecordClaimedAfterFailedSearches;
