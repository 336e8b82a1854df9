import "server-only";
import { redirect } from "next/navigation";
import { auth } from "./index";

export type SignedInUser = { id: string };

/** The signed-in user's id, or null. Every data function that serves one person starts here. */
export async function currentUser(): Promise<SignedInUser | null> {
  const session = await auth();
  const id = session?.user?.id;
  return id ? { id } : null;
}

/**
 * For pages, actions and data functions that need a signed-in person: returns them, or sends the
 * visitor to the home page's sign-in box. Call it inside every action too; a page's check does not
 * protect the actions defined on it.
 */
export async function requireUser(): Promise<SignedInUser> {
  const user = await currentUser();
  if (!user) redirect("/?signin=required");
  return user;
}
