"use server";

import { revalidatePath } from "next/cache";
import { markAllNotificationsRead } from "@/lib/dashboard/notifications";

/** "Mark all as read": markAllNotificationsRead checks the session itself (NX-2); no id comes from the form. */
export async function markAllNotificationsReadAction(): Promise<void> {
  await markAllNotificationsRead();
  revalidatePath("/", "layout");
}
