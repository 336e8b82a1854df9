import { ensureAppBuilt } from "./app-build";

/**
 * The JavaScript baseline: the smallest App Router app there is (a root layout with <html> and
 * <body>, one page with a heading, no client components), built by this repository's own `next`
 * with its defaults. Whatever it ships is the framework's fixed cost (React, the router, the RSC
 * runtime); the portal's pages can only add to it. Kept under .data/ and rebuilt when Next or these files change.
 */
export const bareAppDir = ".data/bench-js/bare-app";

const files: Record<string, string> = {
  // Its own (empty) configuration: without one, Next would pick up the portal's from the parent folders.
  "next.config.mjs": "export default {};\n",
  "app/layout.jsx": `export default function RootLayout({ children }) {\n  return (\n    <html lang="en">\n      <body>{children}</body>\n    </html>\n  );\n}\n`,
  "app/page.jsx": `export default function Page() {\n  return (\n    <main>\n      <h1>Bare page</h1>\n      <p>No client components.</p>\n    </main>\n  );\n}\n`,
};

export function ensureBareApp(log: (line: string) => void): Promise<string> {
  return ensureAppBuilt(bareAppDir, files, log);
}
