import { buildEducatorRows, type EducatorInput } from "@/lib/records/educator-rows";

let counter = 0;

/** A synthetic person (SSN area 900-999, never issued) unique within the test run. */
export function testPerson(overrides: Partial<EducatorInput> = {}): EducatorInput {
  counter += 1;
  const serial = String(1000 + ((process.pid * 7 + counter) % 9000)).padStart(4, "0");
  const group = String(10 + (counter % 89)).padStart(2, "0");
  return {
    firstName: "Test",
    lastName: `Person${counter}`,
    dateOfBirth: "1980-05-17",
    ssn: `9${String(counter % 100).padStart(2, "0")}${group}${serial}`,
    source: "seed",
    ...overrides,
  };
}

export function testEducatorRows(overrides: Partial<EducatorInput> = {}) {
  return buildEducatorRows(testPerson(overrides));
}
