import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Migrations form one numbered line (issue 12 item 3). Two branches that each add "0008_…" merge
 * without a textual conflict, and drizzle's migrator would then skip or reorder one on databases
 * that already ran the other; this fails such a merge before it ships. CI also runs
 * `npm run db:check` (drizzle-kit check: snapshots that collide).
 */
const folder = path.join(process.cwd(), "drizzle");
type Entry = { idx: number; tag: string; when: number };
const journal = JSON.parse(readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as { entries: Entry[] };
const snapshot = (tag: string) =>
  JSON.parse(readFileSync(path.join(folder, "meta", `${tag.slice(0, 4)}_snapshot.json`), "utf8")) as { id: string; prevId: string };

describe("drizzle/ migrations are one unbroken, numbered line", () => {
  it("journal entries are numbered 0…n-1 in order, each tag starts with its number, and their times only grow", () => {
    journal.entries.forEach((entry, index) => {
      expect(entry.idx, entry.tag).toBe(index);
      expect(entry.tag.slice(0, 4), entry.tag).toBe(String(index).padStart(4, "0"));
      if (index > 0) expect(entry.when, entry.tag).toBeGreaterThan(journal.entries[index - 1]!.when);
    });
  });

  it("every SQL file is in the journal and every journal entry has its SQL file", () => {
    const files = readdirSync(folder).filter((name) => name.endsWith(".sql")).sort();
    expect(files).toEqual(journal.entries.map((entry) => `${entry.tag}.sql`));
  });

  it("each snapshot's prevId is the previous snapshot's id (no two migrations on one parent)", () => {
    const ids = journal.entries.map((entry) => snapshot(entry.tag));
    ids.forEach((current, index) => {
      if (index > 0) expect(current.prevId, journal.entries[index]!.tag).toBe(ids[index - 1]!.id);
    });
    expect(new Set(ids.map((s) => s.id)).size).toBe(ids.length);
  });
});
