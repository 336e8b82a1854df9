// Its own (empty) start-up hook: without one, the build takes the portal's instrumentation.ts from the
// repository root, and this server would run the portal's mail loop against the benchmark database.
export function register() {}
