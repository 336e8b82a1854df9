import type { PublicCredential } from "@/lib/search/dto";
import { formatLongDate } from "@/lib/platform/dates";
import { StatusTag } from "./status-tag";

function Detail({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-semibold text-slate-700">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One credential as a card (reads well at 320 px and on paper, unlike an eight-column table). */
export function CredentialCard({ credential }: { credential: PublicCredential }) {
  return (
    <li className="break-inside-avoid border border-slate-300 bg-white p-4">
      <h3 className="text-lg font-semibold">
        {credential.typeName}
        {credential.area ? ` — ${credential.area}` : ""}
      </h3>
      <p className="mt-1">
        <span className="sr-only">Status: </span>
        <StatusTag status={credential.status} />
      </p>
      <dl className="mt-3 grid gap-3 sm:grid-cols-3 print:grid-cols-3">
        <Detail term="Certificate number">{credential.certificateNumber}</Detail>
        <Detail term="Grade range">{credential.gradeRange ?? "Not recorded"}</Detail>
        <Detail term="Rank">{credential.rank ? `Rank ${credential.rank}` : "Not applicable"}</Detail>
        <Detail term="Effective date">{formatLongDate(credential.effectiveDate)}</Detail>
        <Detail term="Expiration date">{credential.expirationDate ? formatLongDate(credential.expirationDate) : "Does not expire"}</Detail>
        <Detail term="Endorsements">
          {credential.endorsements.length === 0 ? (
            "None"
          ) : (
            <ul>
              {credential.endorsements.map((endorsement) => (
                <li key={endorsement.name}>
                  {endorsement.name} (since {formatLongDate(endorsement.effectiveDate)})
                </li>
              ))}
            </ul>
          )}
        </Detail>
      </dl>
    </li>
  );
}
