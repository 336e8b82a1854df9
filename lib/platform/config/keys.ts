import { z } from "zod";

/** One secret key with the short id stored next to whatever it protected, so rotation can find it. */
export type KeyEntry = { id: string; key: Buffer };

const keyIdPattern = /^[A-Za-z0-9_-]{1,16}$/;

/**
 * Parses `id:base64,id:base64` (current key first). Each key must decode to exactly 32 bytes and ids
 * must be unique; the messages name the position, never the key material.
 */
export const keyListSchema = z.string().transform((raw, ctx): KeyEntry[] => {
  const entries: KeyEntry[] = [];
  const parts = raw.split(",").map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) {
    ctx.addIssue({ code: "custom", message: "needs at least one id:base64 key" });
    return z.NEVER;
  }
  parts.forEach((part, index) => {
    const separator = part.indexOf(":");
    const id = separator > 0 ? part.slice(0, separator) : "";
    const key = Buffer.from(part.slice(separator + 1), "base64");
    if (!keyIdPattern.test(id)) {
      ctx.addIssue({ code: "custom", message: `key ${index + 1} needs an id of 1-16 letters, digits, - or _` });
    } else if (key.length !== 32) {
      ctx.addIssue({ code: "custom", message: `key ${index + 1} (${id}) must be 32 bytes of base64` });
    } else if (entries.some((entry) => entry.id === id)) {
      ctx.addIssue({ code: "custom", message: `key id ${id} appears twice` });
    } else {
      entries.push({ id, key });
    }
  });
  return entries;
});

export function formatKeyList(entries: KeyEntry[]): string {
  return entries.map((entry) => `${entry.id}:${entry.key.toString("base64")}`).join(",");
}
