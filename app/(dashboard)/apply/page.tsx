import type { Metadata } from "next";
import Link from "next/link";
import { TransparencyNote } from "@/components/applications/transparency-note";
import { primaryLinkClass } from "@/components/ui/styles";
import { applyOptions } from "@/lib/applications/applications-data";
import { formatFee } from "@/lib/applications/status";

export const metadata: Metadata = { title: "Apply for a credential" };

/** The application types this educator may start (or continue), and why the others are not offered. */
export default async function ApplyPage() {
  const { types, transparency } = await applyOptions();
  const open = types.filter((type) => type.eligible);
  const closed = types.filter((type) => !type.eligible);
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Apply for a credential</h1>
      <p>Each application saves as you go: you can stop at any step and continue later from your dashboard.</p>
      <TransparencyNote transparency={transparency} />
      <h2 className="text-xl font-bold">Applications you can make</h2>
      {open.length === 0 ? <p>There is no application you can start online at the moment.</p> : null}
      <ul className="space-y-4">
        {open.map((type) => (
          <li key={type.code} className="rounded border border-slate-200 bg-white p-4">
            <h3 className="text-lg font-semibold">
              {type.name}
              {type.formCode ? <span className="font-normal text-slate-700"> ({type.formCode})</span> : null}
            </h3>
            <p>{type.description}</p>
            <p className="text-slate-700">Fee: {type.feeWaiver ?? (type.feeCents === 0 ? "none" : formatFee(type.feeCents))}</p>
            {type.draft ? (
              <p className="mt-2">
                <Link href={type.draft.path} className={primaryLinkClass}>
                  Continue your application<span className="sr-only"> for {type.name}</span>
                </Link>{" "}
                <span className="text-slate-700">
                  {type.draft.progress.done} of {type.draft.progress.total} steps done
                </span>
              </p>
            ) : (
              <p className="mt-2">
                <Link href={type.startPath} className={primaryLinkClass}>
                  Start<span className="sr-only"> an application for {type.name}</span>
                </Link>
              </p>
            )}
          </li>
        ))}
      </ul>
      {closed.length > 0 ? (
        <>
          <h2 className="text-xl font-bold">Not offered to you</h2>
          <ul className="space-y-3">
            {closed.map((type) => (
              <li key={type.code}>
                <h3 className="font-semibold">
                  {type.name}
                  {type.startedBy === "district" ? <span className="ml-2 rounded bg-slate-200 px-2 py-0.5 text-sm font-normal">Started by your district</span> : null}
                </h3>
                <p className="text-slate-700">{type.reason}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
