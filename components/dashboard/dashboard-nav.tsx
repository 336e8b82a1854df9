import Link from "next/link";
import { accountHeader } from "@/lib/dashboard/account-header";
import { HeaderNavLinks } from "@/components/layout/header-nav-links";

const links = [
  { href: "/dashboard", label: "Dashboard" },
  { href: "/profile", label: "Profile" },
  { href: "/requests", label: "My requests" },
];

/**
 * The signed-in top bar: Dashboard and Profile (current page marked), the unread count, and a
 * button with the person's name opening a menu (Profile, Sign out). The menu is a native
 * <details> disclosure, so it works with the keyboard and without JavaScript. Pass the app's
 * sign-out server action (a POST, never a link). Mount as PageFrame's `nav`.
 */
export async function DashboardNav({ signOutAction }: { signOutAction: () => Promise<void> }) {
  const { name, unread } = await accountHeader();
  return (
    <nav aria-label="Account" className="flex flex-wrap items-center gap-2">
      <HeaderNavLinks links={links} />
      <Link href="/notifications" className="px-3 py-2 text-white no-underline hover:bg-brand-700 hover:text-white">
        Notifications{" "}
        <span className="rounded-full bg-white px-2 py-0.5 text-sm font-bold text-brand-900">{unread}</span>
        <span className="sr-only"> unread</span>
      </Link>
      <details className="relative">
        <summary className="flex min-h-11 cursor-pointer list-none items-center gap-2 border-2 border-white px-3 py-2 font-semibold hover:bg-brand-700">
          {name}
          <span aria-hidden="true">▾</span>
        </summary>
        <ul className="absolute right-0 z-10 mt-1 w-48 border border-slate-300 bg-white py-1 text-slate-900 shadow-lg">
          <li>
            <Link href="/profile" className="block px-4 py-2 text-slate-900 no-underline hover:bg-slate-100">
              Profile
            </Link>
          </li>
          <li>
            <form action={signOutAction}>
              <button type="submit" className="block w-full px-4 py-2 text-left hover:bg-slate-100">
                Sign out
              </button>
            </form>
          </li>
        </ul>
      </details>
    </nav>
  );
}
