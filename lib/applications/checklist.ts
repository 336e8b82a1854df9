import type { ApplicationElementOwner } from "@/lib/platform/db/schema/enums";
import type { Answers } from "./progress";
import { requirementKey } from "./required-documents";

type Element = { element: string; owner: ApplicationElementOwner; status: "waiting" | "received" | "not_needed" };

/**
 * The checklist an application starts with at submission: what the educator sent is received at once;
 * what others send (transcripts from the program, experience from the district, the agency's own
 * checks) waits until staff mark it. Pure, so the per-type lists are tested without a database.
 */
export function checklistFor(type: { code: string; requiredDocuments: string[]; feeCents: number; feeWaiver: string | null }, answers: Answers, paid: boolean, uploaded: string[] = []): Element[] {
  const list: Element[] = [{ element: "Application form and signed declaration", owner: "you", status: "received" }];
  list.push({ element: "Fee", owner: "you", status: paid ? "received" : "not_needed" });
  for (const document of type.requiredDocuments) list.push({ element: document, owner: "you", status: uploaded.includes(requirementKey(document)) ? "received" : "waiting" });
  if (type.code === "initial" || type.code === "add-area") {
    list.push({ element: "Official transcript sent by your college", owner: "program", status: "waiting" });
    list.push({ element: "Program completion recommendation", owner: "program", status: "waiting" });
    list.push({ element: "Test scores", owner: "agency", status: answers.preparation?.testScores ? "received" : "waiting" });
  }
  if (type.code === "renewal") list.push({ element: "Verification of experience", owner: "district", status: "waiting" });
  if (type.code === "rank-change") list.push({ element: "Verification of the rank basis", owner: "agency", status: "waiting" });
  if (answers.character) list.push({ element: "Character and fitness review", owner: "agency", status: "waiting" });
  return list;
}
