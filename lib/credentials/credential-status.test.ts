import { describe, expect, it } from "vitest";
import { credentialStatus, type CredentialStatus as SchemaCredentialStatus } from "@/lib/platform/db/schema/enums";
import { credentialStatuses, type CredentialStatus } from "./credential-status";

// Fails `npm run typecheck` when either list gains a value the other lacks.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameType: Same<CredentialStatus, SchemaCredentialStatus> = true;

describe("credential statuses", () => {
  it("are the database enum's values, in its order", () => {
    expect(sameType).toBe(true);
    expect([...credentialStatuses]).toEqual(credentialStatus.enumValues);
  });
});
