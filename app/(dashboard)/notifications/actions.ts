"use server";

import { revalidatePath } from "next/cache";
import { markAllNotificationsRead } from "@/lib/dashboard/notifications";
import { requestFacts } from "@/lib/platform/request/request-facts";

/** "Mark all as read": markAllNotificationsRead checks the session itself (NX-2); no id comes from the form. */
export async function markAllNotificationsReadAction(): Promise<void> {
  await markAllNotificationsRead(await requestFacts());
  revalidatePath("/", "layout");
}
