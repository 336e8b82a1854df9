import "server-only";
import { cookies } from "next/headers";
import { getConfig } from "@/lib/platform/config/env";

/**
 * The second step's method, remembered per browser (issue 14 item 2): the page offers first what was
 * used last here. The cookie says only "passkey" or "code", names no account, and is read by the
 * /sign-in pages only.
 */
export type StepMethod = "passkey" | "code";
const name = "second-step-method";

export async function rememberedMethod(): Promise<StepMethod | null> {
  const value = (await cookies()).get(name)?.value;
  return value === "passkey" || value === "code" ? value : null;
}

/** Sets the cookie (a server action only). */
export async function rememberMethod(method: StepMethod): Promise<void> {
  (await cookies()).set(name, method, { httpOnly: true, sameSite: "lax", secure: getConfig().APP_URL.startsWith("https://"), path: "/sign-in", maxAge: 365 * 24 * 60 * 60 });
}
