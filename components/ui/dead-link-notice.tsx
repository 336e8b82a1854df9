import type { ReactNode } from "react";

/** What an emailed one-time link says once it has expired or been used, with what to do instead. */
export function DeadLinkNotice({ children }: { children?: ReactNode }) {
  return (
    <div role="alert" className="space-y-2 border-l-4 border-accent-500 bg-white p-4">
      <h2 className="text-xl font-bold">This link has expired or has already been used</h2>
      {children ? <p>{children}</p> : null}
    </div>
  );
}
