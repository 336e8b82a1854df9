import { describe, expect, it } from "vitest";
import { db } from "@/lib/platform/db/client";
import { nameChangeRequests, supportRequests } from "@/lib/platform/db/schema";
import { insertTestAccount } from "@/lib/tooling/testing/factory";
import { provideTestDatabase } from "@/lib/tooling/testing/database";
import { requestLinesFor } from "./requests-list";

provideTestDatabase();

const support = (reference: string, userId: string | null, status: "open" | "answered", createdAt: Date) => ({
  reference, userId, name: "Ada Lovelace", email: "ada@example.org", topic: "credentials" as const, message: "Where is my certificate?", status, createdAt,
});

describe("My requests (issue 12 item 7)", () => {
  it("lists the person's own support and name change requests, newest first, with their status in words and only their own messages", async () => {
    const person = await insertTestAccount();
    const other = await insertTestAccount();
    await db.insert(supportRequests).values([
      support("SR-AAAA-0001", person.userId, "answered", new Date("2026-10-01T10:00:00Z")),
      { ...support("SR-AAAA-0002", other.userId, "open", new Date("2026-10-02T10:00:00Z")), message: "Someone else's question" },
      // Sent while signed out with the person's address: anyone could have typed it, so it is not theirs to see.
      { ...support("SR-AAAA-0003", null, "open", new Date("2026-10-03T10:00:00Z")), message: "Someone else's question" },
    ]);
    await db.insert(nameChangeRequests).values({
      userId: person.userId, educatorId: person.educatorId, firstName: "Ada", lastName: "Byron", reason: "Marriage", createdAt: new Date("2026-11-01T10:00:00Z"),
    });

    const lines = await requestLinesFor(person.userId);
    expect(lines).toEqual([
      expect.objectContaining({ kind: "name-change", what: "Name change to Ada Byron", status: "Waiting for review" }),
      expect.objectContaining({ kind: "support", what: "Support: My credentials", reference: "SR-AAAA-0001", status: "Answered" }),
    ]);
    expect(lines[1]!.thread).toEqual([expect.objectContaining({ author: "educator", body: "Where is my certificate?" })]);
    expect(JSON.stringify(lines)).not.toContain("Someone else's question");
    expect(await requestLinesFor(other.userId)).toEqual([expect.objectContaining({ reference: "SR-AAAA-0002", status: "Waiting for a reply" })]);
  });
});
