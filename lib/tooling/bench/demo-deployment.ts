/**
 * The environment that lets a benchmark run the production build on its own machine: a demonstration
 * site (DEMO_MODE), as the e2e server is (e2e/serve.ts). Production refuses the mailbox transport and
 * has no default for the agency's contacts (lib/platform/config/production-guard.ts), so without these
 * `next start` exits before it answers.
 */
export const demoDeploymentEnv = {
  DEMO_MODE: "true",
  EMAIL_TRANSPORT: "mailbox",
  SUPPORT_EMAIL: "support@kecs.randasolutions.com",
  EMAIL_FROM: "Kentucky Department of Education <no-reply@kecs.education.ky.gov>",
  SUPPORT_PHONE: "(877) 314-1412",
} as const;
