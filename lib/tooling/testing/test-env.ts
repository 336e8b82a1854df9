// Runs before each test file: every file starts from the environment vitest.config.mts sets, with
// configuration re-read (tests that change the environment call resetConfig() themselves).
import { resetConfig } from "@/lib/platform/config/env";

resetConfig();
