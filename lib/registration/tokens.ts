import "server-only";
import { createHash, randomBytes } from "node:crypto";

/** 256 random bits from the CSPRNG, URL-safe (TOK-1). Only its hash is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Tokens arrive from forms and cookies: anything not shaped like ours is refused before any query. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
