import type { Server } from "node:http";

/**
 * A local OpenID Connect issuer (oidc-provider) standing in for Microsoft Entra ID. Its development
 * login screen accepts any login name; the name becomes the subject (`sub`). Names starting with
 * "outsider" belong to a tenant the portal does not allow; all others to "e2e-allowed-tenant".
 * Browse `localhost`, never 127.0.0.1 (stack notes pitfall 2). The client matches e2e/serve.ts.
 */
export const ALLOWED_TENANT = "e2e-allowed-tenant";

export type Issuer = { url: string; close(): Promise<void> };

export function issuerPort(): number {
  return Number(process.env.E2E_OIDC_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 100);
}

export async function startIssuer(appURL: string): Promise<Issuer> {
  // oidc-provider ships no types; the little used here is typed by hand.
  // @ts-expect-error no declaration file
  const { default: Provider } = (await import("oidc-provider")) as { default: new (issuer: string, options: object) => { listen(port: number, ready: () => void): Server } };
  const url = `http://localhost:${issuerPort()}`;
  const provider = new Provider(url, {
    clients: [
      {
        client_id: "e2e-portal",
        client_secret: "e2e-portal-client-secret-not-real",
        // The educators' Auth.js callback, and the staff console's own code flow (lib/staff/microsoft).
        redirect_uris: [`${appURL}/api/auth/callback/microsoft-entra-id`, `${appURL}/staff/microsoft/callback`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    async findAccount(_context: unknown, id: string) {
      return {
        accountId: id,
        claims: () => ({
          sub: id,
          tid: id.startsWith("outsider") ? "some-other-tenant" : ALLOWED_TENANT,
          email: `${id}@school.example`,
          name: `Test ${id}`,
        }),
      };
    },
    claims: { openid: ["sub", "tid"], email: ["email"], profile: ["name"] },
    // Auth.js reads an oidc provider's profile from the id_token (stack notes pitfall 16).
    conformIdTokenClaims: false,
    cookies: { keys: ["e2e-issuer-cookie-key-not-secret"] },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(issuerPort(), () => resolve(listening));
  });
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
