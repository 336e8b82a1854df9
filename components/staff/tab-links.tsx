import Link from "next/link";

export type TabLink = { key: string; label: string; href: string };

/**
 * The inbox's two lists as links that look like tabs (each is its own URL, so it can be bookmarked and
 * works without JavaScript); the current one is marked with aria-current.
 */
export function TabLinks({ tabs, current, label }: { tabs: TabLink[]; current: string; label: string }) {
  return (
    <nav aria-label={label}>
      <ul className="flex flex-wrap gap-2 border-b-2 border-slate-300">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link
              href={tab.href}
              aria-current={tab.key === current ? "page" : undefined}
              className={`-mb-0.5 block min-h-11 px-4 py-2 font-semibold ${tab.key === current ? "border-2 border-b-white border-slate-300 bg-white text-slate-900 no-underline" : ""}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
