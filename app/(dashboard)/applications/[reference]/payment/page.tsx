import { notFound, redirect } from "next/navigation";
import { paymentLanding } from "@/lib/applications/applications-data";

type Params = { params: Promise<{ reference: string }>; searchParams: Promise<{ payment?: string }> };

/** The way back from the checkout: to the submitted application, or to the fee step of the draft still waiting. */
export default async function PaymentLandingPage({ params, searchParams }: Params) {
  const [{ reference }, { payment }] = await Promise.all([params, searchParams]);
  const to = await paymentLanding(reference, payment ?? "");
  if (!to) notFound();
  redirect(to);
}
