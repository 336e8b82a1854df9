import type { ReactNode } from "react";
import { PageFrame } from "@/components/layout/page-frame";

/** The site's frame: the Microsoft link page sits beside the sign-in pages, outside the console's navigation. */
export default function StaffMicrosoftLayout({ children }: { children: ReactNode }) {
  return <PageFrame>{children}</PageFrame>;
}
