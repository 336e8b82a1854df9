/**
 * English reasons for zxcvbn's warning keys. @zxcvbn-ts/language-en is not installed, and without
 * translations zxcvbn returns the bare keys; only the warnings are needed for one clear sentence.
 */
const warnings: Record<string, string> = {
  straightRow: "it uses a straight row of keys on the keyboard",
  keyPattern: "it uses a short keyboard pattern",
  simpleRepeat: 'it repeats characters, like "aaa"',
  extendedRepeat: 'it repeats a group of characters, like "abcabc"',
  sequences: 'it uses a sequence, like "abc" or "123"',
  recentYears: "it uses a recent year",
  dates: "it uses a date",
  topTen: "it is one of the most used passwords",
  topHundred: "it is a very commonly used password",
  common: "it is a commonly used password",
  similarToCommon: "it is too similar to a commonly used password",
  wordByItself: "a single word is easy to guess",
  namesByThemselves: "names on their own are easy to guess",
  commonNames: "it uses common names",
  userInputs: "it contains your personal details",
  pwned: "it has appeared in a data breach",
};

export function weakPasswordMessage(warning: string | null | undefined): string {
  const reason = warning ? warnings[warning] : undefined;
  return `This password is too easy to guess${reason ? ` because ${reason}` : ""}. Try a longer phrase of unrelated words`;
}
