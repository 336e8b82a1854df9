import "server-only";
import { render } from "@react-email/render";
import type { ReactElement } from "react";

export type RenderedEmail = { html: string; text: string };

/**
 * html-to-text upper-cases headings by default ("Hello Ada" becomes "HELLO ADA", stack-notes pitfall
 * 14), which reads as shouting in the text part and breaks tests that look for the wording. Keep the
 * author's case; links keep their address after the text ("here https://...") so a text-only
 * reader can still follow them.
 */
const keepCase = ["h1", "h2", "h3", "h4", "h5", "h6", "th"].map((selector) => ({
  selector,
  options: { uppercase: false },
}));

/** Renders a react-email element to its HTML and plain-text parts. */
export async function renderEmail(element: ReactElement): Promise<RenderedEmail> {
  const [html, text] = await Promise.all([
    render(element),
    render(element, { plainText: true, htmlToTextOptions: { selectors: keepCase } }),
  ]);
  return { html, text: text.trim() };
}
