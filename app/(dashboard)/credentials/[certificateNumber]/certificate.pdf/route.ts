import { currentUser } from "@/lib/auth/guards";
import { myCertificateFacts } from "@/lib/credentials/certificate-data";
import { renderCertificatePdf } from "@/lib/credentials/certificate-pdf";
import { getBranding } from "@/lib/platform/config/branding";
import { appLink } from "@/lib/platform/email/app-link";

/**
 * The signed-in educator's certificate for one of their own active credentials, made on request and
 * never stored (issue 15 item 3). Anyone else, signed in or not, gets the same 404 (DOC-3's rule).
 */
export async function GET(_request: Request, { params }: { params: Promise<{ certificateNumber: string }> }) {
  const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!(await currentUser())) return notFound();
  const { certificateNumber } = await params;
  const facts = await myCertificateFacts(certificateNumber);
  if (!facts) return notFound();
  const pdf = await renderCertificatePdf({ ...facts, agencyName: getBranding().agencyName, verificationUrl: appLink(`/search/${facts.publicId}`) });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Length": String(pdf.length),
      "Content-Disposition": `inline; filename="certificate-${facts.certificateNumber}.pdf"`,
      "Cache-Control": "no-store, private",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
