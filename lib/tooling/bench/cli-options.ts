/** `--name N` from the command line as a whole number, or the fallback when absent. */
export function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(String(args[index + 1]).replace(/[_,]/g, ""));
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}
