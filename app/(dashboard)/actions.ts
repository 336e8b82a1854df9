"use server";

import { signOut } from "@/lib/auth";

/** TEMP mount (wip-3 owns this file): "Sign out" is a POST. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}
