import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { copyLines, copyValue } from "./copy-text";

const awkward = ["tab\there", "line\nbreak", "carriage\rreturn", "back\\slash", "\\N", "O'Brien-Núñez Wiśniewski", "", "  spaced  "];

describe("COPY text", () => {
  it("writes NULL as \\N and escapes backslash, tab, newline and carriage return", () => {
    expect(copyValue(null)).toBe("\\N");
    expect(copyValue(undefined)).toBe("\\N");
    expect(copyValue("a\tb\nc\rd\\e")).toBe("a\\tb\\nc\\rd\\\\e");
    expect(copyValue("\\N")).toBe("\\\\N");
    expect(copyValue(new Date("2026-03-01T15:00:00Z"))).toBe("2026-03-01T15:00:00.000Z");
    expect([copyValue(true), copyValue(false), copyValue(42)]).toEqual(["true", "false", "42"]);
  });

  it("lists the keys in order, NULL for a key a row lacks", () => {
    expect(copyLines([{ a: "x", b: 1 }, { b: 2 }], ["a", "b"])).toBe("x\t1\n\\N\t2\n");
    expect(copyLines([], ["a"])).toBe("");
  });
});

describe.runIf(Boolean(process.env.DATABASE_URL))("COPY text through PostgreSQL", () => {
  it("comes back from a COPY exactly as written, awkward characters and NULL included", async () => {
    const sql = postgres(process.env.DATABASE_URL!, { max: 1, onnotice: () => {} });
    try {
      await sql`create temp table copied (position int, value text)`;
      const rows = [...awkward.map((value, position) => ({ position, value })), { position: awkward.length, value: null }];
      const stream = await sql`copy copied (position, value) from stdin`.writable();
      stream.end(copyLines(rows, ["position", "value"]));
      await new Promise((resolve, reject) => stream.once("finish", resolve).once("error", reject));
      const back = await sql<{ position: number; value: string | null }[]>`select position, value from copied order by position`;
      expect(back.map((row) => row.value)).toEqual([...awkward, null]);
    } finally {
      await sql.end();
    }
  });
});
