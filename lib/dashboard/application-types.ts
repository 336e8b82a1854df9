/** The kinds of application the portal will take online (licensure-domain: initial, renewal, rank, additions). */
export const applicationTypes = [
  { name: "Initial certificate", description: "Your first certificate in Kentucky, after an approved preparation program or through an alternative route." },
  { name: "Renewal", description: "Renew a certificate before it expires, with the required experience or coursework." },
  { name: "Rank change", description: "Move to Rank II or Rank I after completing a qualifying graduate program." },
  { name: "Additional certification or endorsement", description: "Add a teaching area, grade range or endorsement to a certificate you hold." },
  { name: "Out-of-state certificate", description: "Apply for a Kentucky certificate based on a certificate from another state." },
  { name: "Duplicate or name change on a certificate", description: "Reissue a certificate, for example after a name change was approved." },
] as const;
