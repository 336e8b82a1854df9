import type { Metadata } from "next";
import { CreateForm } from "@/components/register/create-form";
import { pendingMicrosoftLink } from "@/lib/auth/microsoft-link";
import { getBranding } from "@/lib/platform/config/branding";

export const metadata: Metadata = { title: "Register: create new account" };

export default async function CreateAccountPage() {
  const branding = getBranding();
  // A Microsoft identity waiting in this browser is offered, never linked by default (issue 11 item 6).
  const pendingMicrosoft = await pendingMicrosoftLink();
  return <CreateForm stateName={branding.stateName} agencyName={branding.agencyName} pendingMicrosoft={pendingMicrosoft} />;
}
