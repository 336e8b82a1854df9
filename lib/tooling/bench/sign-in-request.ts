import { cookieHeaderOf } from "@/lib/tooling/testing/set-cookie";
import { postCredentials } from "@/lib/tooling/testing/sign-in-request";
import type { BenchAccount } from "./sign-in-accounts";

/** The session cookie Auth.js sets on a successful sign-in (prefixed when the site is https, SES-3). */
const sessionCookie = /^(__Secure-)?authjs\.session-token=[^;]+/;

/** Throws a short reason unless the answer is Auth.js's redirect with no error code and a session cookie. */
function checkSignedIn(response: Response): void {
  if (response.status !== 302) throw new Error(`sign-in: HTTP ${response.status}`);
  const error = /[?&]error=([^&]+)/.exec(response.headers.get("location") ?? "");
  if (error) throw new Error(`sign-in: error=${decodeURIComponent(error[1]!)}`);
  if (!response.headers.getSetCookie().some((cookie) => sessionCookie.test(cookie))) throw new Error("sign-in: no session cookie");
}

/** One real sign-in; anything but success throws a reason the bench counts and prints. Returns the POST's own time in ms. */
export async function signInOverHttp(baseUrl: string, account: BenchAccount): Promise<number> {
  const { response, postMs } = await postCredentials(baseUrl, account);
  checkSignedIn(response);
  return postMs;
}

/** Once, before timing: the session cookie a sign-in sets is one the server then accepts. Returns it as a Cookie header. */
export async function checkSessionWorks(baseUrl: string, account: BenchAccount): Promise<string> {
  const { response } = await postCredentials(baseUrl, account);
  checkSignedIn(response);
  const cookie = cookieHeaderOf(response);
  const session = await fetch(`${baseUrl}/api/auth/session`, { headers: { cookie } });
  const body = (await session.json()) as { user?: { id?: string } } | null;
  if (!body?.user?.id) throw new Error(`the session cookie from a bench sign-in was not accepted (HTTP ${session.status}, ${JSON.stringify(body)})`);
  return cookie;
}
