import { describe, expect, it } from "vitest";
import { normalizeName, tidyName } from "./normalize-name";
import { nameSearchValue } from "./pii";

/** Asserts every spelling normalises to `expected`. */
function sameName(expected: string, spellings: string[]) {
  for (const spelling of spellings) expect(normalizeName(spelling), JSON.stringify(spelling)).toBe(expected);
}

describe("normalizeName: one form on write and on read (PII-5)", () => {
  it("drops apostrophes of every kind, and spaces", () => {
    sameName("obrien", ["O'Brien", "OBrien", "o brien", "O’Brien", "O`Brien", "O´Brien", "O‘Brien", "Oʼbrien", "Oʻbrien", "O ' Brien"]);
    sameName("darcy", ["D'Arcy", "Dʼarcy", "d arcy", "DARCY"]);
  });

  it("removes accents and ignores case", () => {
    sameName("jose", ["José", "Jose", "JOSÉ", "jose\u0301", "JOSE"]);
    sameName("francoise", ["Françoise", "FRANÇOISE", "Francoise"]);
    sameName("muller", ["Müller", "MÜLLER", "Muller"]);
  });

  it("treats hyphens of any kind as nothing, so double-barrelled names meet", () => {
    sameName("smithjones", ["Smith-Jones", "Smith Jones", "SmithJones", "smith–jones", "Smith‐Jones", "Smith - Jones"]);
  });

  it("folds full-width and compatibility letters (NFKC)", () => {
    sameName("obrien", ["Ｏ’Ｂｒｉｅｎ", "ＯＢＲＩＥＮ"]);
    sameName("jose", ["ＪＯＳÉ"]);
    sameName("fitzgerald", ["ﬁtzgerald"]);
  });

  it("spells out letters without a decomposition", () => {
    sameName("strasse", ["Straße", "STRASSE", "Strasse", "STRAẞE"]);
    sameName("lukasz", ["Łukasz", "ŁUKASZ"]);
    sameName("aegir", ["Ægir"]);
    sameName("oystein", ["Øystein"]);
  });

  it("ignores leading, trailing, repeated and unusual white space", () => {
    sameName("maryann", ["  Mary   Ann ", "Mary\tAnn", "Mary\u00a0Ann", "Mary\u3000Ann", "Mary Ann"]);
  });

  it("keeps different names different", () => {
    expect(normalizeName("Smith")).not.toBe(normalizeName("Smyth"));
    expect(normalizeName("Ann")).not.toBe(normalizeName("Anne"));
    expect(normalizeName("Lee 2")).not.toBe(normalizeName("Lee"));
  });

  it("gives the same compound search value for differently written inputs", () => {
    const typed = nameSearchValue({ lastName: "  o’brien-SMITH", firstName: "JOSÉ ", dateOfBirth: "1947-03-01", ssnLastFour: "4321" });
    const stored = nameSearchValue({ lastName: "O'Brien Smith", firstName: "José", dateOfBirth: "1947-03-01", ssnLastFour: "4321" });
    expect(typed).toBe(stored);
    expect(stored).toBe("obriensmith|jose|1947-03-01|4321");
  });
});

describe("tidyName: the display form", () => {
  it("trims, collapses white space and composes accents, keeping case and punctuation", () => {
    expect(tidyName("  Mary \t Ann  O'Brien ")).toBe("Mary Ann O'Brien");
    expect(tidyName("Jose\u0301")).toBe("José");
  });
});
