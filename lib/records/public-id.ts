import { randomInt } from "node:crypto";

/**
 * Public educator IDs: ten Crockford base-32 characters (no I, L, O or U, so nothing reads as a digit),
 * random, never the database key and never derived from the SSN. 32^10 ≈ 10^15 values keeps
 * collisions negligible at state scale; the unique index is the backstop.
 */
export const publicIdAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
export const publicIdPattern = /^[0-9A-HJKMNP-TV-Z]{10}$/;

export function newPublicId(random: (max: number) => number = randomInt): string {
  let id = "";
  for (let i = 0; i < 10; i += 1) id += publicIdAlphabet[random(32)];
  return id;
}

/** Accepts what people type: lower case, spaces or hyphens, and O/I/L mistaken for 0/1/1. */
export function normalizePublicId(input: string): string | null {
  const id = input
    .toUpperCase()
    .replace(/[\s-]/g, "")
    .replace(/O/g, "0")
    .replace(/[IL]/g, "1");
  return publicIdPattern.test(id) ? id : null;
}
