/**
 * Shown on every page of a demonstration deployment (DEMO_MODE=true, issue 11 item 7), so nobody
 * mistakes it for the agency's portal or types real details into it: its people are synthetic and
 * its mail is readable by anyone at /dev/mailbox. A labelled region, so screen readers list it.
 */
export function DemonstrationBanner() {
  return (
    <div role="region" aria-label="Demonstration site" className="border-b-4 border-amber-700 bg-amber-100 px-4 py-2 text-center text-amber-950">
      <p>
        <strong>Demonstration site.</strong> Every person and account here is made up, and its email is readable by anyone at
        /dev/mailbox. Do not enter real personal information.
      </p>
    </div>
  );
}
