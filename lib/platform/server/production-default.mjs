// The production server runs as production whatever the shell says: a build started with NODE_ENV
// unset must never fall back to development's generated secrets, mailbox and PGlite (issue 11 item 7).
// An explicit NODE_ENV (the e2e server passes "production") is left as it is.

/** Sets NODE_ENV to "production" when it is unset or empty; returns the value in force. */
export function defaultToProduction(env) {
  if (!env.NODE_ENV?.trim()) env.NODE_ENV = "production";
  return env.NODE_ENV;
}
