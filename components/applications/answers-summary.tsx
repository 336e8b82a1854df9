import Link from "next/link";
import { answerRows } from "@/lib/applications/answer-labels";
import type { Answers } from "@/lib/applications/progress";
import { stepTitles, type StepKey } from "@/lib/applications/steps";

type Props = {
  steps: StepKey[];
  answers: Answers;
  scoreNames?: Record<string, string>;
  /** With a type code, each step gets a "Change" link back into the wizard (the review page). */
  changeFor?: string;
};

/** The GOV.UK summary list of every answered step, one definition list a step. */
export function AnswersSummary({ steps, answers, scoreNames, changeFor }: Props) {
  const shown = steps.filter((step) => answerRows(answers[step], scoreNames).length > 0 && step !== "review");
  return (
    <div className="space-y-6">
      {shown.map((step) => (
        <section key={step} aria-labelledby={`summary-${step}`}>
          <div className="flex flex-wrap items-baseline justify-between gap-2 border-b-2 border-slate-300">
            <h2 id={`summary-${step}`} className="text-lg font-bold">
              {stepTitles[step]}
            </h2>
            {changeFor && step !== "sign" ? (
              <Link href={`/apply/${changeFor}/${step}?change=review`}>
                Change<span className="sr-only"> {stepTitles[step].toLowerCase()}</span>
              </Link>
            ) : null}
          </div>
          <dl className="divide-y divide-slate-200">
            {answerRows(answers[step], scoreNames).map((row, index) => (
              <div key={index} className="grid gap-1 py-2 sm:grid-cols-3">
                <dt className="font-semibold">{row.label}</dt>
                <dd className="break-words sm:col-span-2">{row.value}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
