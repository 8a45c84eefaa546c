// Command-line options of the benchmarks: `--name=value`.

/** The number given as `--name=<n>`, or undefined when the option is absent. */
export function numberArg(name: string): number | undefined {
  const raw = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split("=")[1];
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`--${name} needs a number, got ${raw}`);
  return value;
}
