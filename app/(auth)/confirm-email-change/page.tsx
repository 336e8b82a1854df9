import type { Metadata } from "next";
import { EmailChangeConfirm } from "@/components/profile/email-change-confirm";

export const metadata: Metadata = { title: "Confirm your new email address" };

/**
 * The link sent to the new address lands here. Opening the page uses nothing up (mail scanners open
 * links); the token is spent only when the person presses the button, which POSTs it.
 */
export default async function ConfirmEmailChangePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { token } = await searchParams;
  return <EmailChangeConfirm token={typeof token === "string" ? token : ""} />;
}
