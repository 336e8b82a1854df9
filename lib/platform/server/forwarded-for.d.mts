import type { IncomingMessage } from "node:http";

export function applyForwardedFor(request: IncomingMessage, trustedHops: number): void;
export function trustedHopsFrom(env: Record<string, string | undefined>): number;
