import { rowsHtml, runScenario } from "../../../../lib/floor-statements.mjs";

// A form post's twin (the account search's server action): reads the posted form, runs the portal's
// statements for the scenario and answers with their main rows as an HTML table.
export async function POST(request, { params }) {
  const { scenario } = await params;
  await request.formData();
  const rows = await runScenario(scenario);
  return new Response(`<!DOCTYPE html><html lang="en"><body><main><h1>${scenario}</h1>${rowsHtml(rows)}</main></body></html>`, {
    headers: { "content-type": "text/html; charset=utf-8" },
  });
}
