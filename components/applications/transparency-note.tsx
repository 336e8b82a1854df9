import { formatLongDate } from "@/lib/platform/dates";
import type { Transparency } from "@/lib/applications/transparency";

/** "We are currently reviewing applications submitted on or before …" and the typical time to a decision, from the queue. */
export function TransparencyNote({ transparency }: { transparency: Transparency }) {
  const { reviewingThrough, queueEmpty, medianDaysToDecision, decisionsCounted } = transparency;
  return (
    <section aria-labelledby="processing-heading" className="border-l-4 border-brand-600 bg-white p-3">
      <h2 id="processing-heading" className="text-lg font-bold">
        Processing times
      </h2>
      <p>
        {reviewingThrough
          ? `We are currently reviewing applications submitted on or before ${formatLongDate(reviewingThrough)}.`
          : queueEmpty
            ? "There is no queue: we review applications as they arrive."
            : "Reviewers have not yet started on the applications in the queue."}
      </p>
      <p>
        {medianDaysToDecision !== null
          ? `Over the last 90 days, half of all applications were decided within ${medianDaysToDecision} ${medianDaysToDecision === 1 ? "day" : "days"} of being submitted (${decisionsCounted} decisions).`
          : "Too few applications were decided in the last 90 days to give a typical time."}
      </p>
    </section>
  );
}
