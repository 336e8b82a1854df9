import { isCaptchaAction, newCaptchaChallenge } from "@/lib/platform/security/captcha";

export const dynamic = "force-dynamic";

/**
 * A fresh proof-of-work challenge for the ALTCHA widget (CAP-2), signed for the form named by
 * `?action=` (CAP-3); never cached, each is single use.
 */
export async function GET(request: Request) {
  const action = new URL(request.url).searchParams.get("action");
  if (!isCaptchaAction(action)) return Response.json({ error: "unknown action" }, { status: 400, headers: { "Cache-Control": "no-store" } });
  return Response.json(await newCaptchaChallenge(action), { headers: { "Cache-Control": "no-store" } });
}
