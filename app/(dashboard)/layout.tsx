import type { ReactNode } from "react";
import { DashboardNav } from "@/components/dashboard/dashboard-nav";
import { PageFrame } from "@/components/layout/page-frame";
import { requireUser } from "@/lib/auth/guards";
import { signOutAction } from "@/lib/auth/sign-out";

/**
 * The signed-in shell: the agency header with Dashboard/Profile navigation, the unread count and the
 * name menu (Profile, Sign out). Sign-out bumps the session version, so the token dies server-side (SES-4).
 */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return <PageFrame nav={<DashboardNav signOutAction={signOutAction} />}>{children}</PageFrame>;
}
