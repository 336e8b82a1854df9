import "server-only";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/platform/config/env";
import { staffMicrosoftCallbackPath } from "./staff-microsoft-oidc";

/**
 * The code flow's secrets between the redirect to Microsoft and the callback: state, nonce and the PKCE
 * verifier, in an HttpOnly cookie scoped to the callback, living ten minutes, used once. It names no
 * staff member: linking asks the console session itself at the callback.
 */
const name = "staff-microsoft-flow";

export type StaffMicrosoftIntent = "sign-in" | "link";
export type StaffMicrosoftFlow = { state: string; nonce: string; verifier: string; intent: StaffMicrosoftIntent };

export async function rememberFlow(flow: StaffMicrosoftFlow): Promise<void> {
  (await cookies()).set(name, JSON.stringify(flow), {
    httpOnly: true,
    sameSite: "lax",
    secure: getConfig().APP_URL.startsWith("https://"),
    path: staffMicrosoftCallbackPath,
    maxAge: 10 * 60,
  });
}

/** Reads and forgets the flow (a second callback with the same cookie finds nothing). */
export async function takeFlow(): Promise<StaffMicrosoftFlow | null> {
  const store = await cookies();
  const raw = store.get(name)?.value;
  store.delete({ name, path: staffMicrosoftCallbackPath });
  if (!raw) return null;
  try {
    const flow = JSON.parse(raw) as Partial<StaffMicrosoftFlow>;
    const text = (value: unknown) => typeof value === "string" && value.length >= 32 && value.length <= 128;
    if (!text(flow.state) || !text(flow.nonce) || !text(flow.verifier) || (flow.intent !== "sign-in" && flow.intent !== "link")) return null;
    return flow as StaffMicrosoftFlow;
  } catch {
    return null;
  }
}
