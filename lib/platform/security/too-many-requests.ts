import "server-only";
import type { Branding } from "@/lib/platform/config/branding";

/**
 * The one answer of every limiter (RL-12), with retry-after.ts: the static page behind HTTP 429 and
 * the path to it. Server Actions cannot set a status, so a refused action redirects to its journey's
 * too-many-requests route (tooManyRequestsPath), which answers 429 with Retry-After.
 */

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

function waitText(seconds: number): string {
  if (seconds < 90) return "about a minute";
  const minutes = Math.ceil(seconds / 60);
  return minutes < 90 ? `about ${minutes} minutes` : `about ${Math.ceil(minutes / 60)} hours`;
}

/** Which throttled journey the page is for: its heading, why, and where to go next (static HTML). */
export type ThrottledJourney = "search" | "registration";

const journeys: Record<ThrottledJourney, { title: string; why: string; next: (wait: string) => string }> = {
  search: {
    title: "Too many searches",
    why: "We have had a lot of searches from your network in a short time, so we have paused searching for a while to keep the service fair for everyone.",
    next: (wait) =>
      `<p>Please wait ${wait} and <a href="/search">try your search again</a>.</p>
<p>To check many educators at once, use <a href="/search/bulk">bulk verification</a> with a list of certificate numbers or educator IDs.</p>`,
  },
  registration: {
    title: "Too many attempts",
    why: "For your security, registering is paused for a while: there have been many attempts from your network, or for this record, in a short time.",
    next: (wait) =>
      `<p>Please wait ${wait} and <a href="/register">start registering again</a>. If you already have an account, <a href="/">sign in</a> or use <a href="/forgot-password">Forgot Password?</a>.</p>
<p>If you keep seeing this page, contact us and we will help you set up your account.</p>`,
  },
};

/**
 * The friendly page behind HTTP 429 (RL-12): static HTML (no scripts, so no nonce needed) in the
 * portal's colours, saying how long to wait and where else to turn. It names no limiter and echoes
 * nothing the visitor sent.
 */
export function tooManyRequestsHtml(branding: Branding, retryAfterSeconds: number, journey: ThrottledJourney = "search"): string {
  const b = Object.fromEntries(Object.entries(branding).map(([key, value]) => [key, escape(value)])) as Branding;
  const phoneHref = `tel:+1${branding.supportPhone.replace(/\D/g, "")}`;
  const page = journeys[journey];
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} | ${b.portalShortName}</title>
<style>
body{margin:0;font-family:"Source Sans 3","Segoe UI",system-ui,sans-serif;background:#f8fafc;color:#0f172a;line-height:1.5}
header{background:#0f2d55;color:#fff;padding:1rem}header span{display:block}
.top{font-weight:600}.bottom{font-size:1.75rem;font-weight:900;letter-spacing:.2em}
main{max-width:48rem;margin:0 auto;padding:2rem 1rem}h1{color:#0a1f3d;font-size:1.875rem;margin:0 0 1rem}
a{color:#163e73}a:focus-visible{outline:3px solid #ffbf47;outline-offset:2px}
footer{border-top:1px solid #e2e8f0;background:#fff;padding:1.5rem 1rem;font-size:.875rem}
</style></head>
<body><header><span class="top">${b.logoTop}</span><span class="bottom">${b.logoBottom}</span></header>
<main id="main-content"><h1>${page.title}</h1>
<p>${page.why}</p>
${page.next(waitText(retryAfterSeconds))}
</main>
<footer><p><a href="/support">Online Support Form</a> · <a href="${phoneHref}">${b.supportPhone}</a></p></footer>
</body></html>`;
}

/** Where a refused action sends the browser: its journey's route, which answers 429 with this page. */
export function tooManyRequestsPath(journey: ThrottledJourney, retryAfterSeconds: number): string {
  const base = journey === "registration" ? "/register/too-many-requests" : "/search/too-many-requests";
  return `${base}?retry=${Math.max(1, Math.ceil(retryAfterSeconds))}`;
}

/** `?retry=` as the throttled page sent it, kept to a sane range (it only words the wait). */
export function retryAfterFrom(request: Request): number {
  const retry = Number(new URL(request.url).searchParams.get("retry"));
  return Number.isInteger(retry) && retry > 0 && retry <= 86_400 ? retry : 60;
}

/** HTTP 429 with Retry-After and the friendly page. */
export function tooManyRequestsResponse(branding: Branding, retryAfterSeconds: number, journey: ThrottledJourney = "search"): Response {
  return new Response(tooManyRequestsHtml(branding, retryAfterSeconds, journey), {
    status: 429,
    headers: { "Content-Type": "text/html; charset=utf-8", "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" },
  });
}
