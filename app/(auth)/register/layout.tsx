import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { currentUser } from "@/lib/auth/guards";

/**
 * Registration is for people without an account: a signed-in person goes to their dashboard. The
 * header and footer come from the (auth) group's layout.
 */
export default async function RegisterLayout({ children }: { children: ReactNode }) {
  if (await currentUser()) redirect("/dashboard");
  return children;
}
