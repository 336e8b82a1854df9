import { runScenario } from "../../../lib/floor-statements.mjs";
import { RowsTable } from "../../../lib/rows-table.jsx";

// A portal page's twin: the portal's own SQL statements for the scenario, then their main rows as a table.
export default async function ScenarioPage({ params }) {
  const { scenario } = await params;
  const rows = await runScenario(scenario);
  return (
    <main>
      <h1>{scenario}</h1>
      <RowsTable rows={rows} />
    </main>
  );
}
