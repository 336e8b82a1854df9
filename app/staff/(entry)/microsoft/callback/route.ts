import { NextResponse, type NextRequest } from "next/server";
import { appLink } from "@/lib/platform/email/app-link";
import { requestFactsFrom } from "@/lib/platform/request/request-facts";
import { finishStaffMicrosoft } from "@/lib/staff/microsoft/finish-staff-microsoft";
import { setStaffCookie } from "@/lib/staff/session";

/** Microsoft's redirect back (the staff code flow's callback); lib checks everything, this only routes. */
export async function GET(request: NextRequest) {
  const outcome = await finishStaffMicrosoft(new URL(request.url), requestFactsFrom(request.headers));
  if (outcome.sessionToken) await setStaffCookie(outcome.sessionToken);
  return NextResponse.redirect(appLink(outcome.redirect), 303);
}
