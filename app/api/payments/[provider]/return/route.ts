import { NextResponse } from "next/server";
import { landingAfterReturn, receiveReturn } from "@/lib/payments/provider-callbacks";
import { appLink } from "@/lib/platform/email/app-link";

/**
 * The browser's return from a provider's checkout. The provider's signature is the proof (PAY-2): a
 * return with "paid" typed in by hand is refused. The person then lands on the payment's own page.
 */
export async function GET(request: Request, { params }: { params: Promise<{ provider: string }> }) {
  const answer = await receiveReturn((await params).provider, new URL(request.url).searchParams);
  if (!answer.ok) {
    return new Response("This payment return could not be verified. Your payment has not been recorded from it.", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  // From APP_URL, never the Host header (TOK-6).
  const response = NextResponse.redirect(appLink(landingAfterReturn(answer.payment)), 303);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
