import type { ReactNode } from "react";
import { PageFrame } from "@/components/layout/page-frame";

/** The site's frame without the console's navigation: the invited person has no console session yet. */
export default function StaffInvitationLayout({ children }: { children: ReactNode }) {
  return <PageFrame>{children}</PageFrame>;
}
