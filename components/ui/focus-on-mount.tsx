"use client";

import { useEffect, useRef, type ReactNode } from "react";

/**
 * A container that takes focus when it appears, so the error summary is read out first and keyboard
 * users start from it (GOV.UK error summary). tabIndex -1: focusable by script, not in the tab order.
 * `focusKey` changes with each failed submit, so a second failure moves focus back here.
 */
export function FocusOnMount({ children, className, focusKey, ...aria }: {
  children: ReactNode;
  className?: string;
  focusKey?: string;
  role?: "alert";
  "aria-labelledby"?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  return (
    <div ref={ref} tabIndex={-1} className={className} {...aria}>
      {children}
    </div>
  );
}
