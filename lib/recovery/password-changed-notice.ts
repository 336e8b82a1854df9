import "server-only";
import { passwordChangedMessage } from "@/components/emails/password-changed";
import { now } from "@/lib/platform/clock";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import type { Executor } from "@/lib/platform/db/client";
import { appLink } from "@/lib/platform/email/app-link";
import { enqueueEmail } from "@/lib/platform/email/outbox";

/**
 * "Your password was changed" (NOTIF-1), queued in the change's transaction, with the way back
 * (reset, support) for an owner who did not do it. `thisDeviceKept`: a change from the profile keeps
 * the session that made it; a reset ends every session.
 */
export async function queuePasswordChangedNotice(
  tx: Executor,
  account: { email: string; username: string },
  { thisDeviceKept = false }: { thisDeviceKept?: boolean } = {},
): Promise<void> {
  await enqueueEmail(
    tx,
    passwordChangedMessage(account.email, {
      username: account.username,
      when: formatAgencyDateTime(now()),
      resetUrl: appLink("/forgot-password"),
      supportUrl: appLink("/support"),
      ...(thisDeviceKept ? { thisDeviceKept } : {}),
    }),
  );
}
