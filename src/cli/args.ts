// A tiny argument parser: the verbs need flags, options with values and positionals, nothing more.

export interface CliIO {
  out(s: string): void;
  err(s: string): void;
  /** Prints `policy-lens: message` and returns the usage exit code. */
  fail(message: string): number;
  stdin?: NodeJS.ReadableStream;
}

export interface ParsedArgs {
  flags: Set<string>;
  options: Map<string, string>;
  positionals: string[];
  error?: string;
}

export function parseArgs(argv: string[], spec: { flags: string[]; options: string[] }): ParsedArgs {
  const parsed: ParsedArgs = { flags: new Set(), options: new Map(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-' || !a.startsWith('-')) {
      parsed.positionals.push(a);
      continue;
    }
    const [name, inline] = a.replace(/^--?/, '').split(/=(.*)/s, 2);
    if (spec.flags.includes(name)) parsed.flags.add(name);
    else if (spec.options.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) return { ...parsed, error: `--${name} needs a value` };
      parsed.options.set(name, value);
    } else return { ...parsed, error: `unknown option '${a}'` };
  }
  return parsed;
}
