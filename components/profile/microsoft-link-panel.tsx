import { Panel } from "@/components/dashboard/panel";
import { formatRecordDate } from "@/lib/platform/dates";
import { myMicrosoftLink } from "@/lib/profile/sign-in-details-data";
import { MicrosoftLinkForm, MicrosoftLinkNotice, MicrosoftUnlinkForm } from "./microsoft-link-forms";

/**
 * The profile's Microsoft section: whether a Microsoft account is linked, with "Link Microsoft
 * account" or "Unlink" (both behind SES-7), and the outcome of a link that just came back.
 */
export async function MicrosoftLinkPanel() {
  const { configured, linkedSince, passwordNeeded } = await myMicrosoftLink();
  return (
    <Panel id="microsoft" title="Microsoft account">
      <MicrosoftLinkNotice />
      {linkedSince ? (
        <>
          <p className="mb-3">
            A Microsoft account is linked to your account (since {formatRecordDate(linkedSince)}). You can sign in with &ldquo;Login with Microsoft&rdquo;.
          </p>
          <MicrosoftUnlinkForm passwordNeeded={passwordNeeded} />
        </>
      ) : configured ? (
        <>
          <p className="mb-3">No Microsoft account is linked. Link one to sign in with &ldquo;Login with Microsoft&rdquo; as well as your username and password.</p>
          <MicrosoftLinkForm passwordNeeded={passwordNeeded} />
        </>
      ) : (
        <p>No Microsoft account is linked. Signing in with Microsoft is not available on this portal, so one cannot be linked.</p>
      )}
    </Panel>
  );
}
