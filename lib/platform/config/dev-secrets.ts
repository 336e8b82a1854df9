import "server-only";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Outside production the portal must start with no set-up, so the secrets it needs are generated
 * once into `.data/dev-secrets.json` (git-ignored, mode 0600) and reused on every later start,
 * keeping encrypted demo records readable across restarts.
 */
export const generatedSecretNames = [
  "AUTH_SECRET",
  "PII_ENCRYPTION_KEYS",
  "PII_FINGERPRINT_KEYS",
  "ALTCHA_HMAC_SECRET",
] as const;

type GeneratedSecrets = Record<(typeof generatedSecretNames)[number], string>;

function freshSecrets(): GeneratedSecrets {
  const key = () => randomBytes(32).toString("base64");
  return {
    AUTH_SECRET: key(),
    PII_ENCRYPTION_KEYS: `dev1:${key()}`,
    PII_FINGERPRINT_KEYS: `dev1:${key()}`,
    ALTCHA_HMAC_SECRET: key(),
  };
}

export function devSecretsFile(dataDir = process.env.DATA_DIR ?? ".data"): string {
  return path.resolve(/*turbopackIgnore: true*/ dataDir, "dev-secrets.json");
}

/** Returns the development secrets, creating the file on first use. */
export function loadDevSecrets(file = devSecretsFile()): GeneratedSecrets {
  if (!existsSync(file)) createOnce(file, freshSecrets());
  const stored = JSON.parse(readFileSync(file, "utf8")) as Partial<GeneratedSecrets>;
  const complete = { ...freshSecrets(), ...stored };
  if (generatedSecretNames.some((name) => !stored[name])) writeSecrets(file, complete);
  return complete;
}

/**
 * Two processes starting together on a fresh clone (the dev server and a script) must not each
 * generate keys and overwrite the other's: records encrypted under the lost key would be unreadable
 * for good. Exclusive creation ("wx") lets exactly one write; the other reads the winner's file.
 */
function createOnce(file: string, secrets: GeneratedSecrets) {
  try {
    writeSecrets(file, secrets, "wx");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
}

function writeSecrets(file: string, secrets: GeneratedSecrets, flag = "w") {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2) + "\n", { mode: 0o600, flag });
}
