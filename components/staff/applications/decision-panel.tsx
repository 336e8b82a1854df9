import { rankEarnedBy } from "@/lib/staff/applications/issue-rules";
import { statusLabels } from "@/lib/applications/status";
import { formatAgencyDateTime } from "@/lib/platform/dates";
import type { StaffApplicationView } from "@/lib/staff/applications/application-view";
import { ApproveForm, DenyForm, RequestInformationForm } from "./decision-forms";
import { AssignToMeForm, RecommendApprovalForm } from "./one-button-forms";

/** What approving does to the record, said before the button is pressed. */
function approvalEffect(view: StaffApplicationView): string {
  const named = view.answers.eligibility?.certificateNumber;
  if (view.issueRule === "renew") return `Certificate ${named ?? "(none named)"} is renewed for another validity period from its current expiration date.`;
  if (view.issueRule === "rank") return `Certificate ${named ?? "(none named)"} becomes Rank ${rankEarnedBy(view.answers.eligibility?.rankBasis) ?? "?"}.`;
  if (view.issueRule === "new") return "A new certificate is issued, numbered by the system, effective today.";
  return "Nothing changes on the record: the educator is told the application is approved.";
}

/** The reviewer's next steps, as far as the status and the two-person rule allow. */
export function DecisionPanel({ view }: { view: StaffApplicationView }) {
  if (!view.open) {
    return (
      <section aria-labelledby="decision-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="decision-heading" className="text-xl font-bold">
          Decision
        </h2>
        <p>This application is {statusLabels[view.status].toLowerCase()}; there is nothing more to decide.</p>
      </section>
    );
  }
  return (
    <section aria-labelledby="decision-heading" className="space-y-6 rounded border border-slate-200 bg-white p-4">
      <h2 id="decision-heading" className="text-xl font-bold">
        Review and decide
      </h2>
      <p>Assigned to: {view.assignee ?? "nobody yet"}.</p>
      {view.assignedToMe ? null : <AssignToMeForm formKey={view.formKey} reference={view.reference} />}
      {view.status === "information_requested" ? <p>Waiting for the educator&apos;s answer. It comes back into review when they answer.</p> : null}
      {view.status === "submitted" || view.status === "in_review" ? (
        <div>
          <h3 className="mb-2 text-lg font-bold">Request information</h3>
          <RequestInformationForm formKey={view.formKey} />
        </div>
      ) : null}
      {view.status === "in_review" ? <Approval view={view} /> : null}
      {view.status === "submitted" ? <p>Assign the application to start the review before approving it.</p> : null}
      <div>
        <h3 className="mb-2 text-lg font-bold">Deny</h3>
        <DenyForm formKey={view.formKey} />
      </div>
    </section>
  );
}

function Approval({ view }: { view: StaffApplicationView }) {
  const waiting = view.checklist.filter((item) => item.status === "waiting").map((item) => item.element);
  // Approval is the reviewer's judgement, so items still waiting do not block it; they are said first.
  const effect = approvalEffect(view) + (waiting.length > 0 ? ` Still waiting on the checklist: ${waiting.join("; ")}.` : "");
  const heading = <h3 className="mb-2 text-lg font-bold">Approve</h3>;
  if (!view.secondReviewerRequired) {
    return (
      <div>
        {heading}
        <ApproveForm formKey={view.formKey} effect={effect} credentialTypes={view.credentialTypes} />
      </div>
    );
  }
  const rule = <p className="mb-2">This type of application needs two reviewers: one recommends approval, a different one approves.</p>;
  return (
    <div>
      {heading}
      {rule}
      {view.recommendedBy === null ? (
        <RecommendApprovalForm formKey={view.formKey} />
      ) : view.recommendedByMe ? (
        <p>You recommended approval{view.recommendedAt ? ` on ${formatAgencyDateTime(view.recommendedAt)}` : ""}. A second reviewer must approve it.</p>
      ) : (
        <>
          <p className="mb-2">
            Recommended for approval by {view.recommendedBy}
            {view.recommendedAt ? ` on ${formatAgencyDateTime(view.recommendedAt)}` : ""}.
          </p>
          <ApproveForm formKey={view.formKey} effect={effect} credentialTypes={view.credentialTypes} />
        </>
      )}
    </div>
  );
}
