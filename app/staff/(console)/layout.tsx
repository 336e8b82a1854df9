import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageFrame } from "@/components/layout/page-frame";
import { StaffNav } from "@/components/staff/staff-nav";
import { requireStaff } from "@/lib/staff/guard";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/**
 * The staff console's shell. The check here only decides what to draw: every page, data function
 * and action under it asks requireStaff() for its own role again (issue 15 item 4).
 */
export default async function StaffConsoleLayout({ children }: { children: ReactNode }) {
  const actor = await requireStaff();
  return <PageFrame nav={<StaffNav actor={actor} />}>{children}</PageFrame>;
}
