import type { EducatorProfile } from "@/lib/search/dto";
import { fullName } from "@/lib/search/format";
import { CredentialCard } from "./credential-card";
import { PrintButton } from "./print-button";
import { PublicActions } from "./public-actions";

export type Verification = { date: string; time: string; iso: string; pageUrl: string };

/**
 * An educator's public record, laid out to be printed and filed by an HR clerk: the verification
 * stamp and the page's own address are part of the printout.
 */
export function EducatorProfileView({ profile, verification }: { profile: EducatorProfile; verification: Verification }) {
  return (
    <article aria-labelledby="educator-name" className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-slate-700">Public licensure record</p>
        <h1 id="educator-name" className="text-3xl font-bold text-brand-900">
          {fullName(profile.name)}
        </h1>
        {profile.formerLastNames.length > 0 ? <p>Formerly {profile.formerLastNames.join(", ")}</p> : null}
        <p>
          Educator ID: <span className="font-mono font-semibold">{profile.publicId}</span>
        </p>
      </header>
      <div className="border-2 border-slate-700 bg-white p-4" data-testid="verification">
        <p className="font-semibold">
          Verified against the agency&rsquo;s records on <time dateTime={verification.iso}>{verification.date} at {verification.time}</time>.
        </p>
        <p className="mt-1 break-all">
          This page: <a href={verification.pageUrl}>{verification.pageUrl}</a>
        </p>
        <div className="mt-3">
          <PrintButton />
        </div>
      </div>
      <section aria-labelledby="credentials-heading" className="space-y-3">
        <h2 id="credentials-heading" className="text-2xl font-bold text-brand-900">
          Credentials
        </h2>
        {profile.credentials.length === 0 ? (
          <p>No credentials are on record.</p>
        ) : (
          <ul className="space-y-4">
            {profile.credentials.map((credential) => (
              <CredentialCard key={credential.certificateNumber} credential={credential} />
            ))}
          </ul>
        )}
      </section>
      <PublicActions actions={profile.actions} />
    </article>
  );
}
