/** What the record forms say; one place so the e2e and unit tests read the same words. */
export const recordMessages = {
  noRecord: "There is no record with this educator ID.",
  noAccount: "This record has no account.",
  ssnFormat: "Enter a Social Security number in the format 123-45-6789",
  ssnNeverIssued: "Enter a valid Social Security number (this one is never issued)",
  ssnUnchanged: "This is already the record's Social Security number",
  ssnTaken: "Another record already has this Social Security number",
  dateOfBirthUnchanged: "This is already the record's date of birth",
  actionType: "Select the kind of action",
  actionDate: "Enter the date of the action in the format mm/dd/yyyy",
  summary: "Enter a summary of the action for the public record",
} as const;
