/** "Kentucky Department of Education" → "KDE", as the guide calls the agency in running text. */
export function agencyInitials(agencyName: string): string {
  return agencyName
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word[0])
    .join("");
}
