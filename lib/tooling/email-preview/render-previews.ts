import { readdirSync } from "node:fs";
import path from "node:path";
import { createElement, type ComponentType } from "react";
import { renderEmail, type RenderedEmail } from "@/lib/platform/email/render";

/**
 * Every react-email template in components/emails, rendered with its own PreviewProps, for
 * `npm run email:dev` (and its test: a template without preview props, or one that no longer renders
 * with them, fails there rather than in someone's inbox). Offline: no react-email dev server, which
 * would want to download its preview app; the same renderer the outbox uses.
 */
export const emailsDir = path.resolve(import.meta.dirname, "../../../components/emails");

type Template = ComponentType<Record<string, unknown>> & { PreviewProps?: Record<string, unknown> };
export type Preview = { name: string; rendered: RenderedEmail };

/** Template files: .tsx with a default export, not the layout, its helpers or tests. */
export function templateNames(): string[] {
  return readdirSync(emailsDir)
    .filter((file) => file.endsWith(".tsx") && !file.endsWith(".test.tsx") && !["email-layout.tsx", "mailbox-time.tsx"].includes(file))
    .map((file) => file.replace(/\.tsx$/, ""))
    .sort();
}

export async function renderPreview(name: string): Promise<Preview> {
  const template = ((await import(path.join(emailsDir, `${name}.tsx`))) as { default?: Template }).default;
  if (!template) throw new Error(`${name}.tsx has no default export`);
  if (!template.PreviewProps) throw new Error(`${name}.tsx has no PreviewProps`);
  return { name, rendered: await renderEmail(createElement(template, template.PreviewProps)) };
}

export async function renderAllPreviews(): Promise<Preview[]> {
  return Promise.all(templateNames().map(renderPreview));
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (char) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[char]!);

/** The index page: one link per template to its HTML and its text part. */
export function indexPage(previews: Preview[]): string {
  const items = previews
    .map(({ name }) => `<li><a href="/${name}.html">${escapeHtml(name)}</a> (<a href="/${name}.txt">text</a>)</li>`)
    .join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Email previews</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto"><main><h1>Email previews</h1>
<p>Every template in components/emails with its preview props. Restart <code>npm run email:dev</code> after editing a template.</p><ul>${items}</ul></main></body></html>`;
}
