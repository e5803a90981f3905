// A small `--name value` / `--name=value` reader for the device tools: known flags only, each at
// most once, so a typo is a bad command line (exit 2) rather than a silently ignored option.

export type Flags = Record<string, string>;

/** The flags given, or a message saying what is wrong with the command line. */
export function readFlags(args: string[], known: readonly string[]): Flags | string {
  const flags: Flags = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (!arg.startsWith('--')) return `unexpected argument: ${arg}`;
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(2, eq) : arg.slice(2);
    if (!known.includes(name)) return `unknown option: --${name}`;
    if (Object.prototype.hasOwnProperty.call(flags, name)) return `--${name} given twice`;
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) return `--${name} needs a value`;
    flags[name] = value;
  }
  return flags;
}

/** A whole number within limits, or null. */
export function wholeNumberFlag(value: string | undefined, min: number, max: number): number | null {
  if (value === undefined || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}
