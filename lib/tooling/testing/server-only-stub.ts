// Stand-in for the `server-only` marker under Vitest, where every module is server code.
export {};
