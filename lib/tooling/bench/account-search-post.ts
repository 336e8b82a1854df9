import { solvedCaptcha } from "@/lib/tooling/testing/captcha";

/**
 * The /register "Search for an account" form posted as a browser without JavaScript posts it: the
 * server action's hidden fields exactly as the page rendered them ($ACTION_REF_1, $ACTION_1:0 with
 * the action id, $ACTION_1:1 with useActionState's state, $ACTION_KEY), the four typed fields and an
 * "altcha" payload, as multipart/form-data. Next answers such a post with the re-rendered page (200);
 * a refused search (rate limit) is a 303 to /register/too-many-requests.
 */

/** A search nobody matches: its statements can be replayed as they are (see floor-capture.ts). */
export const accountSearchInput = { firstName: "Nomatch", lastName: "Benchfloor", lastFourSsn: "0000", dateOfBirth: "01/02/1980" };

/** What the re-rendered page says for that search; any other 200 (a refused captcha) is an error. */
export const accountSearchAnswer = "Existing account not found";

const entities: Record<string, string> = { "&quot;": '"', "&amp;": "&", "&#x27;": "'", "&#39;": "'", "&lt;": "<", "&gt;": ">" };
const decode = (value: string) => value.replace(/&(quot|amp|#x27|#39|lt|gt);/g, (entity) => entities[entity]!);

/** The hidden fields of the form that holds `fieldName`, from the page's HTML. */
export function hiddenFieldsOfForm(html: string, fieldName: string): [string, string][] {
  const form = html.split(/<form\b/).find((part) => part.includes(`name="${fieldName}"`));
  if (!form) throw new Error(`no form with a ${fieldName} field on the page`);
  const fields: [string, string][] = [];
  for (const input of form.split("</form>")[0]!.match(/<input\b[^>]*>/g) ?? []) {
    if (!/type="hidden"/.test(input)) continue;
    const name = /name="([^"]*)"/.exec(input)?.[1];
    if (name) fields.push([decode(name), decode(/value="([^"]*)"/.exec(input)?.[1] ?? "")]);
  }
  if (!fields.some(([name]) => name.startsWith("$ACTION"))) throw new Error("the form has no server action fields");
  return fields;
}

export const multipartBoundary = "----benchFloorBoundary7MA4YWxkTrZu0gW";

/** A multipart/form-data body, as a browser encodes a form (CRLF line ends, one part per field). */
export function multipartBody(fields: [string, string][]): string {
  const parts = fields.map(([name, value]) => `--${multipartBoundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return `${parts.join("")}--${multipartBoundary}--\r\n`;
}

/** One body per captcha payload: the same search each time, a fresh single-use captcha each time. */
export function accountSearchBodies(hidden: [string, string][], payloads: string[]): string[] {
  return payloads.map((altcha) => multipartBody([...hidden, ...Object.entries(accountSearchInput), ["altcha", altcha]]));
}

/**
 * `count` solved account-search captchas, issued in this process with the server's ALTCHA_HMAC_SECRET
 * and solved with altcha-lib. A few at a time: PBKDF2 runs on libuv's thread pool, so both cores help.
 */
export async function solvedCaptchas(count: number, log: (line: string) => void): Promise<string[]> {
  const payloads: string[] = [];
  const started = performance.now();
  const worker = async () => {
    while (payloads.length < count) payloads.push(await solvedCaptcha("account-search"));
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  log(`Solved ${payloads.length} captchas in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
  return payloads.slice(0, count);
}
