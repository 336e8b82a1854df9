"use client";
import { usePathname, useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { signOutAction } from "@/lib/auth/sign-out";

/** How long before the idle limit the warning opens (login.gov's 150 seconds, SES-1). */
export const WARNING_SECONDS = 150;

function formatRemaining(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  const parts = [minutes > 0 ? `${minutes} minute${minutes === 1 ? "" : "s"}` : "", rest > 0 || minutes === 0 ? `${rest} second${rest === 1 ? "" : "s"}` : ""];
  return parts.filter(Boolean).join(" ");
}

/**
 * The idle warning (SES-1): a modal dialog (native <dialog>: focus moves in and stays, Escape means
 * "Stay signed in") that opens WARNING_SECONDS before the server's idle limit. "Stay signed in" reads
 * the session, which re-issues its cookie; "Sign out" and running out of time POST the sign-out
 * action, which ends the session on the server. Each page load or navigation is activity and restarts
 * the count, as it refreshed the cookie too.
 */
export function IdleWarning({ idleSeconds }: { idleSeconds: number }) {
  const pathname = usePathname();
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const signOutForm = useRef<HTMLFormElement>(null);
  const deadline = useRef(0);
  const reason = useRef<HTMLInputElement>(null);
  const timedOut = useRef(false);
  const [remaining, setRemaining] = useState(idleSeconds);
  const [announced, setAnnounced] = useState("");

  useEffect(() => {
    // Mounting and every navigation count as activity: the request refreshed the session cookie.
    deadline.current = Date.now() + idleSeconds * 1000;
    const tick = () => {
      const left = Math.max(0, Math.ceil((deadline.current - Date.now()) / 1000));
      setRemaining(left);
      if (left <= 0) {
        if (timedOut.current) return;
        timedOut.current = true;
        if (reason.current) reason.current.value = "timed-out";
        signOutForm.current?.requestSubmit();
      } else if (left <= WARNING_SECONDS && !dialog.current?.open) {
        dialog.current?.showModal();
        setAnnounced(`You will be signed out in ${formatRemaining(left)} because you have been inactive.`);
      }
    };
    const timer = window.setInterval(tick, 1000);
    return () => window.clearInterval(timer);
  }, [pathname, idleSeconds]);

  const staySignedIn = useCallback(async () => {
    const response = await fetch("/api/auth/session", { cache: "no-store", credentials: "same-origin" });
    const session = response.ok ? await response.json().catch(() => null) : null;
    if (!session?.user) {
      router.push("/?notice=timed-out");
      return;
    }
    dialog.current?.close();
    setAnnounced("");
    deadline.current = Date.now() + idleSeconds * 1000;
  }, [idleSeconds, router]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby="idle-warning-title"
      aria-describedby="idle-warning-text"
      onCancel={(event) => {
        event.preventDefault();
        void staySignedIn();
      }}
      className="m-auto max-w-md rounded-lg border-4 border-brand-700 bg-white p-6 text-slate-900 backdrop:bg-slate-900/60"
    >
      <h2 id="idle-warning-title" className="text-xl font-bold">
        Your session is about to end
      </h2>
      <p id="idle-warning-text" className="mt-3">
        {announced || "You have been inactive for a while."}
      </p>
      <p className="mt-2 font-semibold" role="timer" aria-live="off">
        Time left: {formatRemaining(remaining)}
      </p>
      <div className="mt-5 flex flex-wrap gap-3">
        <button type="button" onClick={() => void staySignedIn()} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Stay signed in
        </button>
        <form ref={signOutForm} action={signOutAction}>
          <input ref={reason} type="hidden" name="reason" defaultValue="chosen" />
          <button type="submit" className="rounded border-2 border-slate-600 px-4 py-2 font-semibold hover:bg-slate-100">
            Sign out
          </button>
        </form>
      </div>
    </dialog>
  );
}
