"use client";

import Link from "next/link";
import { primaryLinkClass } from "./styles";
import { FocusOnMount } from "./focus-on-mount";

/**
 * What an emailed link's page says after its button was pressed (confirmed, expired, used, unknown):
 * a heading that takes focus, one paragraph, and the way on. Shared by the email confirmation and
 * the email change pages.
 */
export function TokenLinkAnswer({ outcome, title, body, href, linkText }: { outcome: string; title: string; body: string; href: string; linkText: string }) {
  return (
    <FocusOnMount className="mx-auto max-w-prose space-y-4 focus:outline-none" focusKey={outcome}>
      <h1 className="text-3xl font-bold text-brand-900">{title}</h1>
      <p>{body}</p>
      <p>
        <Link href={href} className={primaryLinkClass}>
          {linkText}
        </Link>
      </p>
    </FocusOnMount>
  );
}
