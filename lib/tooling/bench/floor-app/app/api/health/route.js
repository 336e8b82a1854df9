import { selectOne } from "../../../lib/floor-statements.mjs";

// `select 1` on the pool, answered as JSON. The portal's /api/health runs the same `select 1` (through
// drizzle, raced against a 3-second deadline): like with like, a database round trip each.
// As the portal's: a real round trip on every call, never a cached answer.
export const dynamic = "force-dynamic";

export async function GET() {
  await selectOne();
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
