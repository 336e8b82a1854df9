import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { AnswersSummary } from "@/components/applications/answers-summary";
import { DocumentsStep } from "@/components/applications/documents-step";
import { PaymentOutcome, StepIntro } from "@/components/applications/step-intro";
import { StepForm } from "@/components/applications/step-form";
import { wizardPage } from "@/lib/applications/applications-data";
import { stepTitles, isStepKey } from "@/lib/applications/steps";

type Params = { params: Promise<{ type: string; step: string }>; searchParams: Promise<{ change?: string; payment?: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { step } = await params;
  return { title: isStepKey(step) ? `${stepTitles[step]}: apply` : "Apply" };
}

const submitLabels: Record<string, string> = { review: "Continue to sign", sign: "Sign and continue" };

/** One step of the wizard for the signed-in educator's own draft; a step not yet reached sends them to where they are. */
export default async function WizardStepPage({ params, searchParams }: Params) {
  const [{ type, step }, { change, payment }] = await Promise.all([params, searchParams]);
  const page = await wizardPage(type, step);
  if (!page) notFound();
  if (page.kind === "redirect") redirect(page.to);
  const previous = page.steps[page.stepNumber - 2];
  const scoreNames = Object.fromEntries(page.scores.map((score) => [score.value, score.label]));
  return (
    <div className="max-w-prose space-y-6">
      <p>
        {previous ? <Link href={`/apply/${page.type.code}/${previous.key}`}>Back to {previous.title.toLowerCase()}</Link> : <Link href="/apply">Back to all applications</Link>}
      </p>
      <div>
        <p className="text-slate-700">
          {page.type.name} · Step {page.stepNumber} of {page.steps.length}
          {page.reference ? ` · Draft ${page.reference}` : ""}
        </p>
        <h1 className="text-3xl font-bold text-brand-900">{stepTitles[page.step]}</h1>
      </div>
      {page.step === "fee" && payment ? <PaymentOutcome outcome={payment} /> : null}
      <StepIntro page={page} />
      {page.step === "documents" && page.draftKey ? (
        <DocumentsStep draftKey={page.draftKey} requiredDocuments={page.type.requiredDocuments} returnTo={`/apply/${page.type.code}/documents${change === "review" ? "?change=review" : ""}`} />
      ) : null}
      {page.step === "review" ? <AnswersSummary steps={page.steps.map((s) => s.key)} answers={page.answers} scoreNames={scoreNames} changeFor={page.type.code} /> : null}
      <StepForm
        step={page.step}
        typeCode={page.type.code}
        saved={page.answers[page.step] ?? {}}
        returnTo={change === "review" ? "review" : undefined}
        certificates={page.certificates}
        scores={page.scores}
        fullName={page.person.fullName}
        submitLabel={page.step === "fee" ? (page.type.feeWaiver || page.type.feeCents === 0 ? "Submit application" : "Pay and submit") : (submitLabels[page.step] ?? "Save and continue")}
      />
      <p>
        <Link href="/dashboard">Save and come back later</Link>: every step you continue from is saved.
      </p>
    </div>
  );
}
