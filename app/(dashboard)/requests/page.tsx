import type { Metadata } from "next";
import Link from "next/link";
import { formatRecordDate } from "@/lib/platform/dates";
import { myRequests } from "@/lib/support/my-requests";

export const metadata: Metadata = { title: "My requests" };

/** The educator's support and name change requests and where each stands (staff replies come with the staff console). */
export default async function MyRequestsPage() {
  const lines = await myRequests();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">My requests</h1>
      <p>
        Requests you sent while signed in: to <Link href="/support">support</Link> and for a{" "}
        <Link href="/profile#name-change">name change</Link>. We answer support requests by email; quote the reference if you call.
      </p>
      {lines.length === 0 ? (
        <p role="status">You have not sent any requests yet.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-white text-left">
            <caption className="sr-only">Your requests, newest first</caption>
            <thead>
              <tr className="border-b-2 border-slate-300">
                <th scope="col" className="p-2">
                  Request
                </th>
                <th scope="col" className="p-2">
                  Reference
                </th>
                <th scope="col" className="p-2">
                  Sent
                </th>
                <th scope="col" className="p-2">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line) => (
                <tr key={`${line.kind}-${line.id}`} className="border-b border-slate-200">
                  <td className="p-2">{line.what}</td>
                  <td className="p-2">{line.reference ?? "—"}</td>
                  <td className="p-2">{formatRecordDate(line.sentAt)}</td>
                  <td className="p-2 font-semibold">{line.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
