/** A message's time in /dev/mailbox: UTC to the second, machine-readable in dateTime. */
export function MailboxTime({ at }: { at: Date }) {
  const iso = at.toISOString();
  return <time dateTime={iso}>{`${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC`}</time>;
}
