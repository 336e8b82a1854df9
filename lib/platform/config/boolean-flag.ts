import { z } from "zod";

/** A yes/no setting as the environment spells it: true/false, 1/0 or yes/no (spaces around ignored). */
export const booleanFlag = z
  .string()
  .trim()
  .pipe(z.enum(["true", "false", "1", "0", "yes", "no"]))
  .transform((value) => value === "true" || value === "1" || value === "yes");

/**
 * The flag's value for code that reads the environment before (or without) the config check, such as
 * the database client under `db:migrate`; `fallback` when unset or misspelled (the check refuses a
 * misspelling at start).
 */
export function flagFromEnv(value: string | undefined, fallback: boolean): boolean {
  const parsed = booleanFlag.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}
