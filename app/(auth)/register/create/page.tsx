import type { Metadata } from "next";
import { CreateForm } from "@/components/register/create-form";
import { getBranding } from "@/lib/platform/config/branding";

export const metadata: Metadata = { title: "Register: create new account" };

export default function CreateAccountPage() {
  return <CreateForm stateName={getBranding().stateName} />;
}
