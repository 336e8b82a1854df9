import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { solveChallenge } from "altcha-lib";
import { newCaptchaChallenge, type CaptchaAction } from "@/lib/platform/security/captcha";

/** What the ALTCHA widget posts in the "altcha" field: a real challenge for `action`, really solved. */
export async function solvedCaptcha(action: CaptchaAction): Promise<string> {
  const challenge = await newCaptchaChallenge(action);
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error("no captcha solution found");
  return Buffer.from(JSON.stringify({ challenge, solution })).toString("base64");
}
