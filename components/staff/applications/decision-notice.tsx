import { FocusOnMount } from "@/components/ui/focus-on-mount";
import { ForgetQueryParameter } from "@/components/ui/forget-query-parameter";

/** What the reviewer just did, said on the page the action returned to (?done=…). */
const notices: Record<string, string> = {
  assigned: "You are now the reviewer of this application.",
  received: "The item is marked received.",
  requested: "Your request for information was sent to the educator.",
  recommended: "You recommended approval. A second reviewer approves it.",
  approved: "The application is approved. The credential is on the educator's record and in the public search.",
  denied: "The application is denied. The educator has been told why.",
};

/**
 * A GOV.UK-style success banner, focused when it appears so keyboard and screen reader users start
 * from it. Said once: the address loses its ?done= as soon as it is shown, so a reload does not repeat it.
 */
export function DecisionNotice({ done }: { done: string | undefined }) {
  const notice = done ? notices[done] : undefined;
  if (!notice) return null;
  return (
    <FocusOnMount role="alert" aria-labelledby="decision-notice" focusKey={done} className="border-4 border-green-800 bg-white p-4">
      <p id="decision-notice" className="font-semibold text-green-900">
        {notice}
      </p>
      <ForgetQueryParameter parameter="done" />
    </FocusOnMount>
  );
}
