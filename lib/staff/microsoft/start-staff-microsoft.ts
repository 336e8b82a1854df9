import "server-only";
import * as oauth from "oauth4webapi";
import { rememberFlow, type StaffMicrosoftIntent } from "./flow-cookie";
import { staffMicrosoftConfigured, staffOidc } from "./staff-microsoft-oidc";

/**
 * Where to send the browser to sign in at Microsoft (or null when staff Microsoft sign-in is not set
 * up): a fresh state, nonce and PKCE verifier (S256), remembered in the flow cookie.
 */
export async function staffMicrosoftAuthorizationUrl(intent: StaffMicrosoftIntent): Promise<string | null> {
  if (!staffMicrosoftConfigured()) return null;
  const { as, client, redirectUri } = await staffOidc();
  const flow = { state: oauth.generateRandomState(), nonce: oauth.generateRandomNonce(), verifier: oauth.generateRandomCodeVerifier(), intent };
  const url = new URL(as.authorization_endpoint!);
  url.search = new URLSearchParams({
    client_id: client.client_id,
    redirect_uri: redirectUri,
    response_type: "code",
    scope: "openid profile",
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: "S256",
  }).toString();
  await rememberFlow(flow);
  return url.toString();
}
