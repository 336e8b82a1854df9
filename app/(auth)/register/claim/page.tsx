import type { Metadata } from "next";
import { ClaimForm } from "@/components/register/claim-form";
import { StartAgain } from "@/components/register/start-again";
import { loadChosenRecord } from "@/lib/registration/chosen-record";

export const metadata: Metadata = { title: "Register: your account information" };

export default async function ClaimPage() {
  const chosen = await loadChosenRecord();
  return chosen.ok ? <ClaimForm record={chosen.record} /> : <StartAgain problem={chosen.problem} />;
}
