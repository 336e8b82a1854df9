import { receiveNotice } from "@/lib/payments/provider-callbacks";

/**
 * The provider's server-to-server notice of an outcome (a "webhook"). Idempotent: a notice repeated,
 * or arriving after the browser's return, changes nothing more (PAY-3). No session: the provider's
 * signature is the proof (PAY-2).
 */
export async function POST(request: Request, { params }: { params: Promise<{ provider: string }> }) {
  const body = await request.text();
  if (body.length > 64 * 1024) return new Response(null, { status: 413 });
  const status = await receiveNotice((await params).provider, body, request.headers);
  return new Response(null, { status, headers: { "Cache-Control": "no-store" } });
}
