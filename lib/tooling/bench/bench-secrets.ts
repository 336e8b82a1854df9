import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type BenchSecrets = Record<"AUTH_SECRET" | "PII_ENCRYPTION_KEYS" | "PII_FINGERPRINT_KEYS" | "ALTCHA_HMAC_SECRET", string>;

export const benchSecretsFile = path.resolve(".data/bench-secrets.json");

/**
 * The benchmark database's keys, made once and kept (git-ignored, mode 0600): every later run must
 * read the same encrypted records and fingerprints, or the 1,000,000-educator seed would be wasted.
 */
export function loadBenchSecrets(file = benchSecretsFile): BenchSecrets {
  if (!existsSync(file)) {
    const key = () => randomBytes(32).toString("base64");
    const fresh: BenchSecrets = {
      AUTH_SECRET: key(),
      PII_ENCRYPTION_KEYS: `bench1:${key()}`,
      PII_FINGERPRINT_KEYS: `bench1:${key()}`,
      ALTCHA_HMAC_SECRET: key(),
    };
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(fresh, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  }
  return JSON.parse(readFileSync(file, "utf8")) as BenchSecrets;
}
