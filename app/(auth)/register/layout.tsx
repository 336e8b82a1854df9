import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { PageFrame } from "@/components/layout/page-frame";
import { currentUser } from "@/lib/auth/guards";

/** Registration is for people without an account: a signed-in person goes to their dashboard. */
export default async function RegisterLayout({ children }: { children: ReactNode }) {
  if (await currentUser()) redirect("/dashboard");
  return <PageFrame>{children}</PageFrame>;
}
