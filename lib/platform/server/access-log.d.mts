import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";

type RouteManifest = { staticRoutes?: { page: string; regex: string }[]; dynamicRoutes?: { page: string; regex: string }[] };
export function routeMatcher(manifest: RouteManifest): (pathname: string) => string;
export function routeMatcherFor(distDir: string): (pathname: string) => string;
export function requestIdFor(headers: IncomingHttpHeaders, trustedHops: number): string;
export function accessLogLine(entry: {
  method: string | undefined;
  route: string;
  status: number;
  durationMs: number;
  requestId: string;
  completed: boolean;
}): string;
export function trackRequest(
  request: IncomingMessage,
  response: ServerResponse,
  options: { trustedHops: number; routeOf: (pathname: string) => string; write?: (line: string) => void },
): string;
