import { getBranding } from "@/lib/config/branding";
import { tooManyRequestsHtml } from "@/lib/search/too-many-requests-page";

export const dynamic = "force-dynamic";

/** Where a throttled search lands: HTTP 429, Retry-After and a friendly static page (RL-12, RL-13). */
export function GET(request: Request) {
  const retry = Number(new URL(request.url).searchParams.get("retry"));
  const seconds = Number.isInteger(retry) && retry > 0 && retry <= 86_400 ? retry : 60;
  return new Response(tooManyRequestsHtml(getBranding(), seconds), {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(seconds), "Cache-Control": "no-store" },
  });
}
