import "server-only";
import { hash, parseOptions, verify } from "@node-rs/argon2";

/**
 * argon2id with OWASP's parameters (PWD-5: 19 MiB, 2 passes, 1 lane). The PHC string stores the
 * parameters with the hash, so raising them later only needs `needsRehash` at the next sign-in.
 * Passwords are NFKC-normalised first (PWD-1) so the same password typed on another keyboard matches.
 */
const ARGON2ID = 2; // Algorithm.Argon2id; the enum is a `const enum`, unusable under isolatedModules.
export const passwordHashParameters = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize("NFKC"), passwordHashParameters);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize("NFKC"));
  } catch {
    return false;
  }
}

/** True when a stored hash was made with weaker parameters than today's. */
export function needsRehash(stored: string): boolean {
  try {
    const options = parseOptions(stored);
    return (
      options.algorithm !== ARGON2ID ||
      options.memoryCost < passwordHashParameters.memoryCost ||
      options.timeCost < passwordHashParameters.timeCost
    );
  } catch {
    return true;
  }
}

let dummy: Promise<string> | undefined;

/**
 * Verifies against a throw-away hash so an unknown username costs the same time as a wrong
 * password (AJS-10, ASVS 6.3.8).
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  dummy ??= hashPassword("timing-equaliser-not-a-real-password");
  await verifyPassword(await dummy, password);
  return false;
}
