import type { Metadata } from "next";
import type { ReactNode } from "react";
import { PageFrame } from "@/components/layout/page-frame";

export const metadata: Metadata = { robots: { index: false, follow: false } };

/** The console's way in (sign-in, second step, enrolment): the agency's frame without the console's navigation. */
export default function StaffEntryLayout({ children }: { children: ReactNode }) {
  return <PageFrame>{children}</PageFrame>;
}
