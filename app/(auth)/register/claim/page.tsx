import type { Metadata } from "next";
import { ClaimForm } from "@/components/register/claim-form";
import { StartAgain } from "@/components/register/start-again";
import { pendingMicrosoftLink } from "@/lib/auth/microsoft-link";
import { loadChosenRecord } from "@/lib/registration/chosen-record";

export const metadata: Metadata = { title: "Register: your account information" };

export default async function ClaimPage() {
  const [chosen, pendingMicrosoft] = await Promise.all([loadChosenRecord(), pendingMicrosoftLink()]);
  return chosen.ok ? <ClaimForm record={chosen.record} pendingMicrosoft={pendingMicrosoft} /> : <StartAgain problem={chosen.problem} />;
}
