import type { Metadata } from "next";
import { ConfirmEmail } from "@/components/register/confirm-email";

export const metadata: Metadata = { title: "Confirm your email" };

/**
 * The link in the confirmation email lands here. Opening the page uses nothing up (mail scanners open
 * links); the token is spent only when the person presses the button, which POSTs it.
 */
export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  return <ConfirmEmail token={typeof token === "string" ? token : ""} />;
}
