import type { Metadata } from "next";
import { OneButtonForm } from "@/components/staff/one-button-form";
import { applicationTypeRules, secondReviewerSetting, secondReviewerSettingField } from "@/lib/staff/application-types/second-reviewer-rule";
import { setSecondReviewerRuleAction } from "./actions";

export const metadata: Metadata = { title: "Application types" };

/** Which application types need a second reviewer before approval (the two-person rule). Role admin, checked in lib. */
export default async function ApplicationTypesPage() {
  const types = await applicationTypeRules();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 id="application-types-heading" className="text-3xl font-bold">
        Application types
      </h1>
      <p className="max-w-prose">
        Under the two-person rule, one reviewer recommends approval and a different reviewer approves. A change applies to
        decisions from now on: an application already recommended can still be approved, and one in review needs a
        recommendation first once the rule is on. Every change is in the audit log.
      </p>
      <ul aria-labelledby="application-types-heading" className="space-y-3">
        {types.map((type) => (
          <li key={type.code} className="rounded border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-semibold">{type.name}</h2>
            <p className="text-slate-700">
              {type.formCode ? `Form ${type.formCode}` : "No form number"}
              {type.active ? "" : " · not open to new applications"}
            </p>
            <p className="my-2">
              Second reviewer: <strong>{type.secondReviewerRequired ? "required" : "not required"}</strong>
            </p>
            <OneButtonForm
              action={setSecondReviewerRuleAction}
              fields={{ [secondReviewerSettingField]: secondReviewerSetting(type.code, !type.secondReviewerRequired) }}
              label={type.secondReviewerRequired ? "Stop requiring a second reviewer" : "Require a second reviewer"}
              context={`for ${type.name}`}
              pendingLabel="Saving…"
              done={`Saved: ${type.name} ${type.secondReviewerRequired ? "now needs a second reviewer" : "no longer needs a second reviewer"}.`}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
