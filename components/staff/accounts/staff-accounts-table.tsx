import Link from "next/link";
import type { StaffAccountRow } from "@/lib/staff/accounts/staff-directory";
import { lastSignInText, rolesText, statusLabels } from "./staff-account-facts";

/**
 * Every staff account, one row each; the name opens the account's page, where its changes are made.
 * Six columns do not fit a phone: below the `sm` width the same facts are a list of cards instead
 * (only one of the two is displayed, so a screen reader meets each account once).
 */
export function StaffAccountsTable({ rows }: { rows: StaffAccountRow[] }) {
  if (rows.length === 0) return <p>There are no staff accounts yet.</p>;
  return (
    <>
      <ul className="space-y-3 sm:hidden" aria-labelledby="staff-accounts-heading">
        {rows.map((row) => (
          <li key={row.id} className="border border-slate-300 bg-white p-3">
            <Link href={`/staff/accounts/${row.id}`} className="font-semibold">
              {row.name}
            </Link>
            <p className="break-words">{row.email}</p>
            <p>
              {rolesText(row)} · {statusLabels[row.status]}
            </p>
            <p>Last sign-in: {lastSignInText(row)}</p>
            <p>Authenticator: {row.factorEnrolled ? "set up" : "not set up"}</p>
          </li>
        ))}
      </ul>
      <WideTable rows={rows} />
    </>
  );
}

function WideTable({ rows }: { rows: StaffAccountRow[] }) {
  return (
    <div className="hidden overflow-x-auto sm:block" role="region" aria-labelledby="staff-accounts-heading" tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Staff accounts, by name</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-4">Name</th>
            <th scope="col" className="py-2 pr-4">Email</th>
            <th scope="col" className="py-2 pr-4">Roles</th>
            <th scope="col" className="py-2 pr-4">Status</th>
            <th scope="col" className="py-2 pr-4">Last sign-in</th>
            <th scope="col" className="py-2">Authenticator</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-normal">
                <Link href={`/staff/accounts/${row.id}`} className="font-semibold">
                  {row.name}
                </Link>
              </th>
              <td className="py-2 pr-4">{row.email}</td>
              <td className="py-2 pr-4">{rolesText(row)}</td>
              <td className="py-2 pr-4">{statusLabels[row.status]}</td>
              <td className="py-2 pr-4">{lastSignInText(row)}</td>
              <td className="py-2">{row.factorEnrolled ? "Set up" : "Not set up"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
