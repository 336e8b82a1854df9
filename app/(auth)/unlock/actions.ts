"use server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIpFrom } from "@/lib/platform/security/client-ip";
import { unlockWithToken } from "@/lib/sign-in/unlock";

/** The unlock link's button (RL-11): the POST, not the GET, uses the token. */
export async function unlockAction(formData: FormData): Promise<void> {
  const unlocked = await unlockWithToken(String(formData.get("token") ?? ""), clientIpFrom(await headers()));
  redirect(unlocked ? "/?notice=unlocked" : "/unlock?expired=1");
}
