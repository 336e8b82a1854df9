/** What the online support form says, word for word (GOV.UK pattern: "Enter…", "Select…"); e2e checks them. */
export const supportMessages = {
  nameMissing: "Enter your name",
  nameTooLong: "Your name must be 120 characters or fewer",
  topicMissing: "Select what your question is about",
  messageMissing: "Enter your message",
  messageTooLong: "Your message must be 4,000 characters or fewer",
  ssnRefusal:
    "We removed what looked like a Social Security number. Never send any part of your SSN through this form; check the text and send it again",
  captcha: "Select “I’m not a robot” and wait until it says you are verified",
} as const;
