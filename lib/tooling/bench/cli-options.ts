/** `--name N` from the command line as a whole number, or the fallback when absent. */
export function option(name: string, fallback: number): number {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(String(args[index + 1]).replace(/[_,]/g, ""));
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

/** `--name a,b` from the command line as a list, or undefined when absent. */
export function listOption(name: string): string[] | undefined {
  const args = process.argv.slice(2);
  const index = args.indexOf(`--${name}`);
  if (index < 0) return undefined;
  const value = args[index + 1];
  if (!value || value.startsWith("--")) throw new Error(`--${name} needs a comma-separated list`);
  return value.split(",").map((item) => item.trim()).filter(Boolean);
}
