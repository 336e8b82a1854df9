import type { Metadata } from "next";
import { AccountSearch } from "@/components/register/account-search";
import { getBranding } from "@/lib/platform/config/branding";
import { agencyInitials } from "@/lib/registration/agency-initials";

export const metadata: Metadata = { title: "Register: search for an account" };

export default function RegisterPage() {
  const branding = getBranding();
  return <AccountSearch stateName={branding.stateName} agencyShortName={agencyInitials(branding.agencyName)} agencyName={branding.agencyName} />;
}
