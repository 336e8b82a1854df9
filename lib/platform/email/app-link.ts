import "server-only";
import { getConfig } from "@/lib/platform/config/env";

/** Every link in an email is built from APP_URL, never from the request's Host (TOK-6). */
export function appLink(path: string, params: Record<string, string> = {}): string {
  const url = new URL(path, `${getConfig().APP_URL}/`);
  for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
  return url.toString();
}
