import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/guards";
import { applicationTypes } from "@/lib/dashboard/application-types";

export const metadata: Metadata = { title: "Apply for a credential" };

/** Until online applications land: what one can apply for, and how to do it today. */
export default async function ApplyPage() {
  await requireUser();
  return (
    <div className="max-w-prose space-y-6">
      <h1 className="text-3xl font-bold text-brand-900">Apply for a credential</h1>
      <p className="border-l-4 border-brand-600 bg-white p-3">
        Online applications are coming soon. Until then, contact us through the <Link href="/support">Online Support Form</Link> to
        start an application.
      </p>
      <h2 className="text-xl font-bold">Application types</h2>
      <ul className="space-y-3">
        {applicationTypes.map((type) => (
          <li key={type.name}>
            <h3 className="font-semibold">{type.name}</h3>
            <p>{type.description}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
