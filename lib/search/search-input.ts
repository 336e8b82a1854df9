import { credentialStatus, type CredentialStatus } from "@/lib/platform/db/schema/enums";
import { normalizeName } from "@/lib/platform/security/normalize-name";
import { parseIdentifier } from "./identifiers";

/** 25 a page; only the first 1,000 matches can be paged to (RL-13: capped result sets). */
export const pageSize = 25;
export const maxResults = 1_000;
export const maxPage = Math.ceil(maxResults / pageSize);

export type SearchField = "last" | "first" | "id" | "status";

/** What the form shows again: the typed values, except an SSN typed by mistake. */
export type SearchValues = Record<SearchField, string>;

export type SearchQuery = {
  lastPrefix: string | null;
  firstPrefix: string | null;
  certificateNumbers: string[];
  publicId: string | null;
  status: CredentialStatus | null;
  page: number;
};

export type ParsedSearch =
  | { state: "empty"; values: SearchValues }
  | { state: "invalid"; values: SearchValues; errors: Partial<Record<SearchField | "page", string>> }
  | { state: "valid"; values: SearchValues; query: SearchQuery };

type Params = Record<string, string | string[] | undefined>;

const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const clip = (value: string) => value.trim().slice(0, 100);

/**
 * Parses the /search query string (a GET form, so results have a shareable URL). Every problem is
 * reported at once, next to its field. Last name needs 2+ letters unless an identifier is given.
 */
export function parseSearchParams(params: Params): ParsedSearch {
  const values: SearchValues = {
    last: clip(single(params.last)),
    first: clip(single(params.first)),
    id: clip(single(params.id)).slice(0, 40),
    status: single(params.status).trim(),
  };
  if (!values.last && !values.first && !values.id && !("last" in params || "id" in params)) return { state: "empty", values };

  const errors: Partial<Record<SearchField | "page", string>> = {};
  const last = normalizeName(values.last);
  const first = normalizeName(values.first);
  const identifier = values.id ? parseIdentifier(values.id) : null;

  if (identifier?.kind === "ssn") {
    errors.id = "Enter a certificate number or educator ID. Never enter a Social Security number here";
    values.id = "";
  } else if (identifier?.kind === "invalid") {
    errors.id = "Enter a certificate number (letters and digits) or a 10-character educator ID";
  }
  if (!values.last && !identifier) {
    errors.last = "Enter a last name, or a certificate number or educator ID";
  } else if (values.last && last.length < 2) {
    errors.last = "Enter at least 2 letters of the last name";
  }
  if (values.first && !first) errors.first = "First name must contain letters";
  const statuses = credentialStatus.enumValues as readonly string[];
  if (values.status && !statuses.includes(values.status)) errors.status = "Choose a credential status from the list";

  const pageText = single(params.page).trim() || "1";
  const page = /^\d{1,4}$/.test(pageText) ? Number(pageText) : NaN;
  if (!(page >= 1)) errors.page = "The page number is not valid";
  else if (page > maxPage) errors.page = `Only the first ${maxResults.toLocaleString("en-US")} results can be shown; narrow your search`;

  if (Object.keys(errors).length > 0) return { state: "invalid", values, errors };
  return {
    state: "valid",
    values,
    query: {
      lastPrefix: last || null,
      firstPrefix: first || null,
      certificateNumbers: identifier?.kind === "identifier" ? identifier.certificateNumbers : [],
      publicId: identifier?.kind === "identifier" ? identifier.publicId : null,
      status: (values.status as CredentialStatus) || null,
      page,
    },
  };
}

/** The URL of a results page, for pagination links and the shareable address. */
export function searchHref(values: SearchValues, page = 1): string {
  const params = new URLSearchParams();
  for (const key of ["last", "first", "id", "status"] as const) if (values[key]) params.set(key, values[key]);
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
}
