"use client";

import type {} from "altcha/types/react";
import { useEffect, type ReactNode } from "react";
// The widget's styles as a stylesheet file ('self' under the CSP), not the <style> it would inject.
import "altcha/altcha.css";
import type { CaptchaAction } from "@/lib/platform/security/captcha";
import { classes, FieldError } from "./field";
import { useHydrated } from "./use-hydrated";

export type CaptchaProps = {
  /** The form this check is for: its challenge is signed for that form only (CAP-3). */
  action: CaptchaAction;
  /** The wrapper's id: link to it from the error summary with fieldIds={{ altcha: "captcha" }}. */
  id?: string;
  error?: string;
  /** Shown when JavaScript is off, e.g. with the support phone number from getBranding(). */
  noscriptHelp?: ReactNode;
};

/**
 * The "I'm not a robot" check: ALTCHA's self-hosted proof of work (CAP-1). The widget fetches a
 * challenge from /api/altcha, solves it in a web worker and puts the payload in a hidden input named
 * "altcha", which the server action passes to verifyCaptcha. It is a custom element, so it is
 * rendered only after hydration and its script is loaded in the browser only (CAP-8).
 * Its default English label is the guide's "I'm not a robot".
 */
export function Captcha({ action, id = "captcha", error, noscriptHelp }: CaptchaProps) {
  const hydrated = useHydrated();
  useEffect(() => {
    markWidgetStylesLoaded();
    void import("altcha");
  }, []);
  return (
    <div id={id} tabIndex={-1} className={classes("mb-6 min-h-20", error && "border-l-4 border-red-700 pl-4")}>
      <FieldError id={id} error={error} />
      {hydrated ? <altcha-widget challenge={`/api/altcha?action=${action}`} name="altcha" language="en" /> : null}
      <noscript>
        <p className="border-2 border-slate-700 bg-white p-3">
          {noscriptHelp ??
            "The “I’m not a robot” check needs JavaScript. Turn JavaScript on in your browser and reload this page."}
        </p>
      </noscript>
    </div>
  );
}

/**
 * CAP-7, NX-7: the widget injects its CSS as a <style id="altcha-css"> unless an element with that id
 * exists. Its nonce lookup reads document.currentScript's (empty) nonce before the page's
 * <meta name="csp-nonce">, so the injected style would be refused by the CSP; the same CSS is
 * imported above as a stylesheet instead, and this marker tells the widget it is already there.
 */
function markWidgetStylesLoaded(): void {
  if (document.getElementById("altcha-css")) return;
  const marker = document.createElement("meta");
  marker.id = "altcha-css";
  marker.name = "altcha-css";
  marker.content = "loaded as a stylesheet";
  document.head.appendChild(marker);
}
