import type { OneTimeTokenPurpose } from "@/lib/platform/db/schema/enums";

/**
 * Every server action the app has, and what the runtime authorization test should expect of it
 * (actions-at-runtime.test.ts). Each entry is a decision made in review: a new action fails both
 * authorization tests until it is added here.
 *
 * - `access: "signed-in"`: without a session it must refuse (redirect to sign-in) and write nothing.
 * - `access: "public"`: meant for visitors; `why` says what protects it instead of a session.
 * - `ownerCall`: called properly by its own person, does it change their rows ("mutates", and then it
 *   must write an audit event in the same call) or not ("reads")? `token` names which of their
 *   emailed tokens a proper call carries. `notCallable` (with a reason) excludes an action the test
 *   cannot call meaningfully; none is excluded today.
 */
export type ActionEntry = {
  access: "signed-in" | "public";
  why?: string;
  ownerCall: "mutates" | "reads";
  token?: OneTimeTokenPurpose;
  notCallable?: string;
};

const signInForm = "signing in is for visitors; the password is the proof, with throttles and lockout in front (RL-1..RL-6)";
const registration = "registration is for visitors: captcha, rate limits and the browser-bound claim (REG-1..REG-8); a signed-in person is sent to the dashboard";
const emailedToken = "the emailed single-use token is the proof (TOK-1..TOK-6); nothing else names the account";

const testCheckout =
  "the test payment provider's own checkout page (/dev/pay, off in production without DEMO_MODE): the unguessable checkout id is the capability, and the portal learns the outcome only from the signed notice and return (PAY-2, PAY-6)";

export const actionCatalog: Record<string, ActionEntry> = {
  // Signed-in features: the person comes from the session only.
  resendConfirmationAction: { access: "signed-in", ownerCall: "mutates" },
  markAllNotificationsReadAction: { access: "signed-in", ownerCall: "mutates" },
  requestNameChangeAction: { access: "signed-in", ownerCall: "mutates" },
  saveContactDetailsAction: { access: "signed-in", ownerCall: "mutates" },
  saveEmailPreferencesAction: { access: "signed-in", ownerCall: "mutates" },
  changePasswordAction: { access: "signed-in", ownerCall: "mutates" },
  signOutOtherSessionsAction: { access: "signed-in", ownerCall: "mutates" },
  requestEmailChangeAction: { access: "signed-in", ownerCall: "mutates" },
  startAuthenticatorSetupAction: { access: "signed-in", ownerCall: "mutates" },
  // A proper call here carries the wrong code "000000" (or no set-up started): refused, nothing changes.
  confirmAuthenticatorAction: { access: "signed-in", ownerCall: "reads" },
  // Without an authenticator there are no codes to renew and nothing to remove; both are tested in lib/profile/second-factor.test.ts.
  renewRecoveryCodesAction: { access: "signed-in", ownerCall: "reads" },
  removeTwoStepAction: { access: "signed-in", ownerCall: "reads" },
  // A proper call makes a registration challenge (after the SES-7 gate) and audits it.
  beginPasskeyAction: { access: "signed-in", ownerCall: "mutates" },
  // A proper call carries no authenticator's answer ("{}"): refused, nothing stored; passkeys are tested in lib/profile/passkeys.test.ts and e2e/passkeys.spec.ts.
  finishPasskeyAction: { access: "signed-in", ownerCall: "reads" },
  // Without a passkey or an authenticator there is nothing to rename or remove (tested in lib/profile/passkeys.test.ts).
  renameSecondFactorAction: { access: "signed-in", ownerCall: "reads" },
  removePasskeyAction: { access: "signed-in", ownerCall: "reads" },
  // Microsoft is not configured where this test runs, so a proper call answers "not available" and
  // writes nothing; the intent, the link and their audit events are tested in microsoft-link-intent.test.ts and e2e.
  linkMicrosoftAction: { access: "signed-in", ownerCall: "reads" },
  unlinkMicrosoftAction: { access: "signed-in", ownerCall: "reads" },
  // Applications (lib/applications): a proper call saves the eligibility step of an initial application, creating the draft (audited).
  saveApplicationStepAction: { access: "signed-in", ownerCall: "mutates" },
  // The fee step of a draft that does not exist (a fresh person has none): refused, nothing written;
  // submission itself is tested in lib/applications/applications.test.ts and e2e/applications.spec.ts.
  submitApplicationAction: { access: "signed-in", ownerCall: "reads" },
  // A fresh person has no application, so the id their form carries finds nothing of theirs; the owner's
  // withdrawal and answer are tested in lib/applications/applications.test.ts. As B with A's id: A's rows stay.
  withdrawApplicationAction: { access: "signed-in", ownerCall: "reads" },
  answerInformationRequestAction: { access: "signed-in", ownerCall: "reads" },
  // Issue 15: a fresh person has sent no support request, so the id their form carries finds nothing of theirs;
  // the owner's answer in a thread is tested in lib/support/follow-up.test.ts. As B with A's id: A's rows stay.
  sendFollowUpAction: { access: "signed-in", ownerCall: "reads" },
  // Issue 13: documents. A proper call here carries a CSV, which is refused by its content (DOC-1), so nothing is stored;
  // storing, listing, reading and removing are tested in lib/documents/document-store.test.ts.
  uploadDocumentAction: { access: "signed-in", ownerCall: "reads" },
  // B has no documents of its own here; removal of one's own is tested in lib/documents/document-store.test.ts (DOC-4).
  removeDocumentAction: { access: "signed-in", ownerCall: "reads" },
  // Public by design.
  signInAction: { access: "public", why: signInForm, ownerCall: "mutates" },
  linkWithPasswordAction: { access: "public", why: signInForm, ownerCall: "mutates" },
  // The ticket lives in an httpOnly cookie this test cannot carry, so a proper call here is "expired" and reads;
  // the second step itself is tested in lib/second-factor/second-step.test.ts and e2e/second-factor.spec.ts.
  secondFactorAction: { access: "public", why: "the sign-in's second step: this browser's single-use second-step ticket names the account (MFA-7); codes are rate limited and locked (MFA-5, MFA-6)", ownerCall: "reads" },
  // The same ticket: without it no options are made and no passkey answer is looked at (MFA-10).
  passkeyStepOptionsAction: { access: "public", why: "the second step's passkey options: only for this browser's live second-step ticket (MFA-7, MFA-10)", ownerCall: "reads" },
  passkeyStepAction: { access: "public", why: "the second step with a passkey: this browser's second-step ticket and a challenge bound to it (MFA-7, MFA-10)", ownerCall: "reads" },
  requestRemovalLinkAction: { access: "public", why: "“Can't use your second factor?”: only for this browser's live second-step ticket, the link goes to the account's own address, three an hour (MFA-12)", ownerCall: "reads" },
  startRemovalWaitAction: { access: "public", why: emailedToken, ownerCall: "mutates", token: "second_factor_removal" },
  cancelRemovalAction: { access: "public", why: emailedToken, ownerCall: "mutates", token: "second_factor_removal_cancel" },
  microsoftSignInAction: { access: "public", why: "starts Microsoft's sign-in; Microsoft proves who it is (AJS-5..AJS-7)", ownerCall: "reads" },
  signOutAction: { access: "public", why: "ends whatever session there is (none: nothing to end)", ownerCall: "mutates" },
  searchAccountAction: { access: "public", why: registration, ownerCall: "reads" },
  chooseRecordAction: { access: "public", why: registration, ownerCall: "reads" },
  claimAccountAction: { access: "public", why: registration, ownerCall: "reads" },
  createAccountAction: { access: "public", why: registration, ownerCall: "reads" },
  confirmEmailAction: { access: "public", why: emailedToken, ownerCall: "mutates", token: "email_confirmation" },
  confirmEmailChangeAction: { access: "public", why: emailedToken, ownerCall: "mutates", token: "email_change" },
  resetPasswordAction: { access: "public", why: emailedToken, ownerCall: "mutates", token: "password_reset" },
  unlockAction: { access: "public", why: emailedToken, ownerCall: "mutates", token: "account_unlock" },
  // The request path only queues (issue 11 item 5): the person's rows change in the background deliverer,
  // whose token, email and audit events are tested in lib/recovery/same-work.test.ts and recovery.test.ts.
  forgotPasswordAction: { access: "public", why: "anyone may ask; the link goes only to the account's own address, rate limited (RL-7)", ownerCall: "reads" },
  forgotUsernameAction: { access: "public", why: "anyone may ask; the reminder goes only to the address given, rate limited (RL-7)", ownerCall: "reads" },
  bulkVerifyAction: { access: "public", why: "public licensure lookup, throttled per address, nothing stored", ownerCall: "reads" },
  approveTestPaymentAction: { access: "public", why: testCheckout, ownerCall: "reads" },
  declineTestPaymentAction: { access: "public", why: testCheckout, ownerCall: "reads" },
  cancelTestPaymentAction: { access: "public", why: testCheckout, ownerCall: "reads" },
  submitSupportRequestAction: { access: "public", why: "the support form is for visitors too (captcha and rate limit); a session only attaches its own account", ownerCall: "mutates" },
};

export const publicActions = new Set(Object.entries(actionCatalog).filter(([, entry]) => entry.access === "public").map(([name]) => name));
