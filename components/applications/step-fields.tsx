import { Checkbox } from "@/components/ui/checkbox";
import { PasswordField } from "@/components/ui/password-field";
import { RadioGroup } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { characterQuestions, degreeLevels, duplicateReasons, rankBases, type StepKey } from "@/lib/applications/steps";

export type StepFieldsProps = {
  step: StepKey;
  typeCode: string;
  /** What to show in each field: the typed values after an error, else the saved answers. */
  values: Record<string, string>;
  errors: Record<string, string>;
  certificates: { value: string; label: string }[];
  scores: { value: string; label: string }[];
  fullName: string;
};

const yesNo = [
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
] as const;

/** The questions of one wizard step (each step one question group); steps without questions render nothing. */
export function StepFields({ step, typeCode, values, errors, certificates, scores, fullName }: StepFieldsProps) {
  switch (step) {
    case "eligibility":
      return typeCode === "initial" ? (
        <RadioGroup name="programCompleted" legend="Have you completed an approved educator preparation program?" hint="For example, a bachelor's degree in education with student teaching, or an approved alternative route." options={yesNo} inline defaultValue={values.programCompleted} error={errors.programCompleted} />
      ) : (
        <>
          <RadioGroup
            name="certificateNumber"
            legend={typeCode === "renewal" ? "Which certificate do you want to renew?" : "Which certificate is this application about?"}
            options={certificates}
            defaultValue={values.certificateNumber}
            error={errors.certificateNumber}
          />
          {typeCode === "add-area" ? <TextField name="newArea" label="Area or endorsement to add" hint="For example: Teacher Leader, English as a Second Language." defaultValue={values.newArea} error={errors.newArea} maxLength={100} /> : null}
          {typeCode === "rank-change" ? <RadioGroup name="rankBasis" legend="What is the basis for the rank change?" options={rankBases} defaultValue={values.rankBasis} error={errors.rankBasis} /> : null}
          {typeCode === "duplicate" ? <RadioGroup name="duplicateReason" legend="Why do you need a duplicate?" options={duplicateReasons} defaultValue={values.duplicateReason} error={errors.duplicateReason} /> : null}
        </>
      );
    case "personal-details":
      return <RadioGroup name="detailsCorrect" legend="Are these details correct?" options={yesNo} inline defaultValue={values.detailsCorrect} error={errors.detailsCorrect} />;
    case "education":
      return (
        <>
          <TextField name="institution" label="College or university" autoComplete="organization" defaultValue={values.institution} error={errors.institution} maxLength={150} />
          <Select name="degree" label="Degree" placeholder="Select your degree" options={degreeLevels.map((level) => ({ ...level }))} defaultValue={values.degree} error={errors.degree} />
          <TextField name="degreeDate" label="Date the degree was awarded" hint="For example, 05/14/2019" width="medium" defaultValue={values.degreeDate} error={errors.degreeDate} />
          <TextField name="nameOnTranscript" label="Your name as it appears on your transcript" hint="If it differs from your name now, we match the two through your former names." defaultValue={values.nameOnTranscript} error={errors.nameOnTranscript} maxLength={150} />
        </>
      );
    case "preparation":
      return (
        <>
          <TextField name="programName" label="Educator preparation program" hint="The program's name and the institution that ran it." defaultValue={values.programName} error={errors.programName} maxLength={150} />
          <fieldset className="mb-6" aria-describedby="testScores-hint">
            <legend className="mb-1 font-semibold">Test scores for this application</legend>
            <div id="testScores-hint" className="mb-2 text-slate-600">
              {scores.length > 0 ? "These are the scores the testing company sent us. Tick the ones that apply; you do not type them again." : "We have no test scores on your record yet. Testing companies send scores to us directly; they will be added when they arrive."}
            </div>
            {errors.testScores ? <p id="testScores-error" className="mb-1 font-semibold text-red-700"><span className="sr-only">Error: </span>{errors.testScores}</p> : null}
            {scores.map((score, index) => (
              <Checkbox key={score.value} name="testScores" id={index === 0 ? "testScores" : `testScores-${index}`} value={score.value} label={score.label} defaultChecked={(values.testScores ?? "").split(",").includes(score.value)} />
            ))}
          </fieldset>
        </>
      );
    case "experience":
      return (
        <>
          <TextField name="district" label="District or school where you worked most recently" defaultValue={values.district} error={errors.district} maxLength={150} />
          <TextField name="yearsExperience" label="Years of teaching experience during this certificate" inputMode="numeric" width="short" defaultValue={values.yearsExperience} error={errors.yearsExperience} />
          <TextField name="developmentHours" label="Hours of professional development during this certificate" inputMode="numeric" width="short" defaultValue={values.developmentHours} error={errors.developmentHours} />
        </>
      );
    case "character":
      return (
        <>
          {characterQuestions.map((question) => (
            <div key={question.name} className="border-b border-slate-200 pb-2">
              <RadioGroup name={question.name} legend={question.text} options={yesNo} inline defaultValue={values[question.name]} error={errors[question.name]} />
              <TextArea
                name={`${question.name}Explanation`}
                label="If you answered yes, explain what happened"
                hint="Dates, where it happened and the outcome. We may ask you for court or board documents."
                rows={3}
                maxLength={2000}
                defaultValue={values[`${question.name}Explanation`]}
                error={errors[`${question.name}Explanation`]}
              />
            </div>
          ))}
        </>
      );
    case "sign":
      return (
        <>
          <Checkbox name="attest" label="I declare that the information in this application is true and complete. I understand that a false statement may lead to the denial or revocation of a certificate." defaultChecked={values.attest === "yes"} error={errors.attest} />
          <TextField name="signatureName" label="Type your full legal name to sign" hint={`As on your record: ${fullName}`} autoComplete="name" defaultValue={values.signatureName} error={errors.signatureName} />
          <PasswordField name="password" label="Your password" hint="We ask for it again to make sure it is you signing." autoComplete="current-password" error={errors.password} />
        </>
      );
    default:
      return null;
  }
}
