import { DeadLinkNotice } from "@/components/ui/dead-link-notice";

/** An enrolment link that expired, was used, or was replaced by a newer one. */
export function DeadInvitation() {
  return <DeadLinkNotice>Enrolment links work once, for 72 hours, and only the newest one works. Ask an administrator to send you a new link.</DeadLinkNotice>;
}
