import "server-only";
import { today } from "@/lib/platform/clock";
import { getConfig } from "@/lib/platform/config/env";
import type { Executor } from "@/lib/platform/db/client";
import { credentials, educatorNames, educators } from "@/lib/platform/db/schema";
import { currentPiiKeys } from "@/lib/platform/security/pii";
import { credentialTypeIds } from "./credential-type-ids";
import { constraintOf, describeError, isLineError, sqlStateOf } from "./database-errors";
import { createLineParser } from "./parse-record-line";
import { ImportMemory, planLine, rememberPlan, type LinePlan, type PlanContext } from "./plan-line";
import { readRecordLines, type RecordLine } from "./read-record-lines";

export type LineReject = { line: number; reasons: string[] };

/** Counts are of lines, except people, which are distinct records (a person on five lines is one). */
export type ImportReport = {
  dryRun: boolean;
  linesRead: number;
  peopleCreated: number;
  peopleMatched: number;
  credentialsCreated: number;
  credentialsAlreadyPresent: number;
  linesRejected: number;
  rejects: LineReject[];
};

export type ImportProgress = { linesDone: number; linesTotal: number };

export type ImportOptions = {
  /** Validate and check every line against the database, write nothing, report what a real run would. */
  dryRun?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  progressEvery?: number;
};

/** The database failed for a reason that is not about one line; lines before `line` stay imported. */
export class ImportStoppedError extends Error {
  constructor(
    readonly line: number,
    readonly report: ImportReport,
    cause: unknown,
  ) {
    super(`The import stopped at line ${line}: ${describeError(cause)}`);
    this.name = "ImportStoppedError";
  }
}

async function writePlan(tx: Executor, plan: LinePlan): Promise<void> {
  if (plan.kind !== "accept") return;
  if (plan.newPerson) {
    await tx.insert(educators).values(plan.newPerson.educator);
    await tx.insert(educatorNames).values(plan.newPerson.names);
  }
  if (plan.credential?.kind === "create") await tx.insert(credentials).values(plan.credential.row);
}

/** Another process wrote the same person or certificate at the same time; a retry sees its rows. */
const raceStates = new Set(["23505", "40001"]);

/**
 * One line, all or nothing: a real run plans and writes inside one transaction, so a person whose
 * credential fails is never left behind. The plan's reads share one snapshot (repeatable read): under
 * read committed, a second import committing between our person read and our certificate read showed
 * us its certificate but not its person, and the line was rejected as "on another educator's record".
 * A unique violation or serialization failure means the other process got there first; a retry sees
 * its committed rows and matches them.
 */
async function importLine(executor: Executor, plan: (executor: Executor) => Promise<LinePlan>, dryRun: boolean): Promise<LinePlan> {
  if (dryRun) return plan(executor);
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await executor.transaction(
        async (tx) => {
          const decided = await plan(tx);
          await writePlan(tx, decided);
          return decided;
        },
        { isolationLevel: "repeatable read" },
      );
    } catch (error) {
      if (raceStates.has(sqlStateOf(error) ?? "") && attempt < 3) continue;
      if (!isLineError(error)) throw error;
      const constraint = constraintOf(error);
      const reason = raceStates.has(sqlStateOf(error) ?? "")
        ? "another process wrote the same person or certificate at the same time; import the file again"
        : `the database refused the line${constraint ? ` (${constraint})` : ""}`;
      return { kind: "reject", reasons: [reason] };
    }
  }
}

/**
 * Imports legacy educator records from CSV text (see csv-columns.ts for the columns). The whole file is
 * read and its header checked first (ImportFileError: nothing written); then each line is validated and
 * imported in its own transaction, bad lines skipped and reported by line number. The report never
 * holds a value from the file, only line numbers, column names and counts.
 */
export async function importRecords(executor: Executor, csv: Buffer | string, options: ImportOptions = {}): Promise<ImportReport> {
  const dryRun = options.dryRun ?? false;
  const lines: RecordLine[] = readRecordLines(csv);
  const typeIds = await credentialTypeIds(executor, { dryRun });
  const parseLine = createLineParser({ typeCodes: new Set(typeIds.keys()), allowTestSsns: getConfig().ALLOW_TEST_SSNS, today: today() });
  const context: PlanContext = { memory: new ImportMemory(), typeIds, keys: currentPiiKeys() };
  const matched = new Set<string>();
  const report: ImportReport = {
    dryRun,
    linesRead: lines.length,
    peopleCreated: 0,
    peopleMatched: 0,
    credentialsCreated: 0,
    credentialsAlreadyPresent: 0,
    linesRejected: 0,
    rejects: [],
  };
  const every = options.progressEvery ?? 1000;

  for (const [index, entry] of lines.entries()) {
    let plan: LinePlan;
    if ("problem" in entry) plan = { kind: "reject", reasons: [entry.problem] };
    else {
      const parsed = parseLine(entry.values);
      if ("reasons" in parsed) plan = { kind: "reject", reasons: parsed.reasons };
      else {
        try {
          plan = await importLine(executor, (tx) => planLine(tx, parsed.line, context), dryRun);
        } catch (error) {
          // The partial report covers the lines before the one that stopped the import.
          Object.assign(report, { linesRead: index, peopleMatched: matched.size });
          throw new ImportStoppedError(entry.line, report, error);
        }
      }
    }

    if (plan.kind === "reject") {
      report.linesRejected += 1;
      report.rejects.push({ line: entry.line, reasons: plan.reasons });
    } else {
      rememberPlan(context.memory, plan);
      if (plan.newPerson) report.peopleCreated += 1;
      else if (!plan.person.createdThisRun) matched.add(plan.person.educatorId);
      if (plan.credential?.kind === "create") report.credentialsCreated += 1;
      if (plan.credential?.kind === "present") report.credentialsAlreadyPresent += 1;
    }
    if (options.onProgress && (index + 1) % every === 0) options.onProgress({ linesDone: index + 1, linesTotal: lines.length });
  }
  report.peopleMatched = matched.size;
  return report;
}
