import type { ReactNode } from "react";
import { DashboardNav } from "@/components/dashboard/dashboard-nav";
import { PageFrame } from "@/components/layout/page-frame";
import { requireUser } from "@/lib/auth/guards";
import { signOutAction } from "./actions";

/** TEMP mount (wip-3 owns this file): the signed-in shell with DashboardNav. */
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  await requireUser();
  return <PageFrame nav={<DashboardNav signOutAction={signOutAction} />}>{children}</PageFrame>;
}
