import { checkDatabaseHealth } from "@/lib/platform/health";

// A real round trip to the database on every call: load balancers and Playwright wait on this.
export const dynamic = "force-dynamic";

export async function GET() {
  const healthy = await checkDatabaseHealth();
  return Response.json(
    { status: healthy ? "ok" : "unavailable" },
    { status: healthy ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
