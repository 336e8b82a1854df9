/**
 * One browser's cookie jar as next/headers sees it, for lib tests of code that reads and sets cookies
 * (browser-bound pending links, known devices). Use it as the whole module:
 *
 *   import { jar } from "@/lib/tooling/testing/browser-jar";
 *   vi.mock("next/headers", () => import("@/lib/tooling/testing/browser-jar"));
 *
 * cookies() reads and writes `jar`; headers() sends it as the Cookie header. Clear it between tests.
 */
export const jar = new Map<string, string>();

export async function cookies() {
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  };
}

export async function headers() {
  return new Headers({ cookie: [...jar].map(([name, value]) => `${name}=${value}`).join("; ") });
}
