import { connection } from "next/server";
import { headers } from "next/headers";

// As the portal's root layout (app/layout.tsx): rendered per request, with the proxy's nonce on a meta tag.
export default async function RootLayout({ children }) {
  await connection();
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang="en">
      <head>{nonce ? <meta name="csp-nonce" content={nonce} /> : null}</head>
      <body>{children}</body>
    </html>
  );
}
