"use server";
import { redirect } from "next/navigation";
import { unlockWithToken } from "@/lib/sign-in/unlock";
import { requestFacts } from "@/lib/platform/request/request-facts";

/** The unlock link's button (RL-11): the POST, not the GET, uses the token. */
export async function unlockAction(formData: FormData): Promise<void> {
  const unlocked = await unlockWithToken(String(formData.get("token") ?? ""), await requestFacts());
  redirect(unlocked ? "/?notice=unlocked" : "/unlock?expired=1");
}
