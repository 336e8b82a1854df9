/**
 * Test data for the import tests: one file of good and bad lines, parameterised by SSN area (each test
 * takes its own 9xx area and certificate prefix, so tests sharing one database never collide). The
 * expectations sit beside the lines they describe.
 */
export const importHeader =
  "first_name,middle_name,last_name,suffix,former_last_names,date_of_birth,ssn,show_former_names," +
  "credential_type,certificate_number,area,grade_range,rank,status,effective_date,expiration_date";

export function csvOf(...rows: string[]): string {
  return `${[importHeader, ...rows].join("\n")}\n`;
}

export function importScenario(area: string) {
  // Serials carry the area too: the account search keys on the last four, and tests share a database.
  const serial = (n: number) => `${area.slice(1)}0${n}`;
  const ssn = {
    ada: `${area}-34-${serial(1)}`,
    grace: `${area}-45-${serial(2)}`,
    katherine: `${area}-56-${serial(3)}`,
    dorothy: `${area}-67-${serial(4)}`,
    mary: `${area}-78-${serial(5)}`,
    barbara: `${area}-89-${serial(6)}`,
  };
  const cert = (n: number) => `${area}-${1000 + n}`;
  const text = csvOf(
    /* 2 */ `Ada,Augusta,Lovelace-Byron,,King,12/10/1975,${ssn.ada},,PROF-HS,${cert(1)},Mathematics,8–12,II,active,2020-07-01,2025-06-30`,
    /* 3 same person, no dashes: a second credential */ `Ada,Augusta,Lovelace-Byron,,King,1975-12-10,${ssn.ada.replace(/-/g, "")},,PROF-MID,${cert(2)},Science,5–9,III,expired,07/01/2010,06/30/2015`,
    /* 4 person only */ `Grace,Brewster,Hopper,,,12/09/1966,${ssn.grace},false,,,,,,,,`,
    /* 5 bad SSN and impossible date */ `Alan,,Turing,,,02/30/1980,55-512-3499,,,,,,,,,`,
    /* 6 good person, unknown credential type */ `Katherine,,Johnson,,,08/26/1958,${ssn.katherine},,NOPE,${cert(3)},,,,active,2020-01-01,`,
    /* 7 good person, certificate already Ada's */ `Dorothy,,Vaughan,,,09/20/1960,${ssn.dorothy},,PROF-ELEM,${cert(1)},,,,active,2020-01-01,`,
    /* 8 Ada's SSN, someone else's name */ `Mallory,,Eve,,,12/10/1975,${ssn.ada},,,,,,,,,`,
    /* 9 half a credential */ `Mary,,Jackson,,,04/09/1961,${ssn.mary},,,,Science,,,,,`,
    /* 10 expires before it takes effect */ `Barbara,,Liskov,,,11/07/1959,${ssn.barbara},,PROF-ELEM,${cert(4)},,,,active,2020-07-01,2019-06-30`,
    /* 11 too few fields */ `Edsger,,Dijkstra`,
    /* 12 line 2 again, dates written the other way */ `Ada,Augusta,Lovelace-Byron,,King,1975-12-10,${ssn.ada},,PROF-HS,${cert(1)},Mathematics,8–12,II,active,07/01/2020,06/30/2025`,
  );
  return {
    text,
    ssn,
    cert,
    /** People whose lines were rejected: none of them may exist afterwards. */
    rejectedPeople: [ssn.katherine, ssn.dorothy, ssn.mary, ssn.barbara],
    expected: {
      linesRead: 11,
      peopleCreated: 2,
      peopleMatched: 0,
      credentialsCreated: 2,
      credentialsAlreadyPresent: 1,
      linesRejected: 7,
    },
    rejectedLines: [5, 6, 7, 8, 9, 10, 11],
  };
}
