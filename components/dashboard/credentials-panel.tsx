import Link from "next/link";
import { myCredentials, type CredentialView } from "@/lib/dashboard/credentials";
import { formatRecordDate } from "@/lib/platform/dates";
import { Panel } from "./panel";

const statusLabels: Record<CredentialView["status"], string> = {
  active: "Active",
  expired: "Expired",
  suspended: "Suspended",
  revoked: "Revoked",
  surrendered: "Surrendered",
};

export async function CredentialsPanel() {
  const credentials = await myCredentials();
  const anyActive = credentials.some((credential) => credential.status === "active");
  return (
    <Panel id="credentials" title="Credentials">
      {anyActive ? null : (
        <p className="mb-3">
          You do not have any active credentials. <Link href="/apply">Apply for a credential.</Link>
        </p>
      )}
      {credentials.length > 0 ? (
        <ul className="space-y-3">
          {credentials.map((credential) => (
            <CredentialItem key={credential.certificateNumber} credential={credential} />
          ))}
        </ul>
      ) : null}
    </Panel>
  );
}

function CredentialItem({ credential }: { credential: CredentialView }) {
  const scope = [credential.area, gradeLabel(credential.gradeRange)].filter(Boolean).join(", ");
  return (
    <li className={credential.expiringSoon ? "border-l-4 border-amber-600 bg-amber-50 p-3" : "border-l-4 border-slate-300 p-3"}>
      <h3 className="font-semibold">{credential.typeName}</h3>
      {credential.expiringSoon ? (
        <p className="font-semibold text-amber-900">
          Expires within 90 days. <Link href="/apply">Apply to renew</Link>
        </p>
      ) : null}
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
        {scope ? <Item term="Area and grades" value={scope} /> : null}
        {credential.rank ? <Item term="Rank" value={credential.rank} /> : null}
        <Item term="Certificate number" value={credential.certificateNumber} />
        <Item term="Status" value={statusLabels[credential.status]} />
        <Item term="Effective" value={formatRecordDate(credential.effectiveDate)} />
        {credential.expirationDate ? <Item term="Expires" value={formatRecordDate(credential.expirationDate)} /> : null}
      </dl>
      {credential.status === "active" ? (
        <p className="mt-2 text-sm">
          {/* A plain link: the PDF is a file, not a page for the client router. */}
          <a href={`/credentials/${encodeURIComponent(credential.certificateNumber)}/certificate.pdf`}>
            Download certificate (PDF)<span className="sr-only"> for certificate {credential.certificateNumber}</span>
          </a>
        </p>
      ) : null}
    </li>
  );
}

function Item({ term, value }: { term: string; value: string }) {
  return (
    <>
      <dt className="text-slate-600">{term}</dt>
      <dd>{value}</dd>
    </>
  );
}

/** "Grades 8–12", but "All Grades" as it is. */
function gradeLabel(range: string | null): string | null {
  if (!range) return null;
  return /grade/i.test(range) ? range : `Grades ${range}`;
}
