import type { Metadata } from "next";
import { CreateForm } from "@/components/register/create-form";
import { getBranding } from "@/lib/platform/config/branding";

export const metadata: Metadata = { title: "Register: create new account" };

export default function CreateAccountPage() {
  const branding = getBranding();
  return <CreateForm stateName={branding.stateName} agencyName={branding.agencyName} />;
}
