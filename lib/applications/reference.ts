import { randomInt } from "node:crypto";

// Crockford's base 32 (no I, L, O or U to misread on the phone), as support references use.
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** "AP-7K3M-Q9TD": about 40 random bits, so a reference reveals nothing; the unique index catches a collision. */
export function newApplicationReference(): string {
  let code = "";
  for (let index = 0; index < 8; index += 1) code += alphabet[randomInt(alphabet.length)];
  return `AP-${code.slice(0, 4)}-${code.slice(4)}`;
}

export const referenceShape = /^AP-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;
