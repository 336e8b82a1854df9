// Liveness: the process answers, nothing more. No database round trip, so a database outage makes
// /api/health (readiness) fail and the load balancer stop routing, without the orchestrator also
// restarting every instance (the container HEALTHCHECK and a Kubernetes livenessProbe use this one).
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
