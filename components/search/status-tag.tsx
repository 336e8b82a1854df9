import type { CredentialStatus } from "@/lib/credentials/credential-status";
import { statusLabels } from "@/lib/search/format";

const tones: Record<CredentialStatus, string> = {
  active: "bg-green-100 text-green-900 border-green-800",
  expired: "bg-slate-100 text-slate-800 border-slate-600",
  suspended: "bg-amber-100 text-amber-950 border-amber-800",
  revoked: "bg-red-100 text-red-900 border-red-800",
  surrendered: "bg-slate-100 text-slate-800 border-slate-600",
};

/** The status as a word (colour only reinforces it, WCAG 1.4.1), legible in black-and-white print. */
export function StatusTag({ status }: { status: CredentialStatus }) {
  return (
    <span className={`inline-block border px-2 py-0.5 text-sm font-semibold print:border-black print:bg-white print:text-black ${tones[status]}`}>
      {statusLabels[status]}
    </span>
  );
}
