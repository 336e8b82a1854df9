import type { SecurityEvent } from "@/lib/profile/security-events";

/** The account's latest security events: when (agency time), what, and roughly from which device. */
export function SecurityEvents({ events }: { events: SecurityEvent[] }) {
  if (events.length === 0) return <p>There are no security events yet.</p>;
  return (
    // Scrolls inside its own box on a narrow screen rather than making the whole page scroll sideways (WCAG 1.4.10).
    <div className="overflow-x-auto" role="region" aria-labelledby="security-events-heading" tabIndex={0}>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">Your latest security events, newest first</caption>
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-2 pr-4">Time</th>
            <th scope="col" className="py-2 pr-4">Event</th>
            <th scope="col" className="py-2">Device</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className="border-b border-slate-200 align-top">
              <td className="py-2 pr-4">
                <time dateTime={event.at}>{event.when}</time>
              </td>
              <td className="py-2 pr-4">{event.what}</td>
              <td className="py-2">{event.device}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
