import { cellText, columnsOf } from "./floor-statements.mjs";

/** The main statement's rows as a plain table, one column per selected column. */
export function RowsTable({ rows }) {
  const columns = columnsOf(rows);
  return (
    <table>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column}>{column}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {columns.map((column) => (
              <td key={column}>{cellText(row[column])}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
