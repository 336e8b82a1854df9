import { randomInt } from "node:crypto";

/**
 * A reference people can read out on the phone: "SR-" and eight characters of Crockford's base 32
 * (no I, L, O or U to misread), about 40 random bits: unguessable enough that a reference reveals
 * nothing, and the unique index catches the rare collision (the caller retries).
 */
const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export function newSupportReference(): string {
  let code = "";
  for (let index = 0; index < 8; index += 1) code += alphabet[randomInt(alphabet.length)];
  return `SR-${code.slice(0, 4)}-${code.slice(4)}`;
}
