import { newCaptchaChallenge } from "@/lib/security/captcha";

export const dynamic = "force-dynamic";

/** A fresh proof-of-work challenge for the ALTCHA widget (CAP-2); never cached, each is single use. */
export async function GET() {
  return Response.json(await newCaptchaChallenge(), { headers: { "Cache-Control": "no-store" } });
}
