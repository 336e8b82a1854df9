"use server";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/staff/guard";
import { staffMicrosoftAuthorizationUrl } from "@/lib/staff/microsoft/start-staff-microsoft";

/** "Sign in with Microsoft" on the staff sign-in page (a visitor action: Microsoft and then the second factor decide). */
export async function startStaffMicrosoftSignInAction(): Promise<void> {
  const url = await staffMicrosoftAuthorizationUrl("sign-in");
  redirect(url ?? "/staff/sign-in?error=microsoft-off");
}

/** "Link Microsoft" for a signed-in staff member; the callback checks the console session again before storing anything. */
export async function startStaffMicrosoftLinkAction(): Promise<void> {
  await requireStaff();
  const url = await staffMicrosoftAuthorizationUrl("link");
  redirect(url ?? "/staff/microsoft?error=off");
}
